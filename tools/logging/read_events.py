"""Reads a run directory's TensorBoard event files with the `tensorboard` package and prints
what it found as one JSON object: per tag kind, per tag, the events (step and value; for images
the size and the first bytes of the encoded string; for histograms the statistics).

Used by tests/tensorboard.rs to check our own event writer against TensorBoard's reader; also
handy to inspect a run without starting TensorBoard:
    tools/logging/.venv/bin/python tools/logging/read_events.py runs/demo
"""

import json
import sys

from tensorboard.backend.event_processing import event_accumulator


def main(run_dir):
    # size_guidance 0 keeps every event (the defaults sample, e.g. 4 images per tag).
    accumulator = event_accumulator.EventAccumulator(
        run_dir,
        size_guidance={kind: 0 for kind in event_accumulator.DEFAULT_SIZE_GUIDANCE},
    )
    accumulator.Reload()
    tags = accumulator.Tags()
    result = {"scalars": {}, "images": {}, "histograms": {}}
    for tag in tags["scalars"]:
        result["scalars"][tag] = [
            {"step": e.step, "value": e.value} for e in accumulator.Scalars(tag)
        ]
    for tag in tags["images"]:
        result["images"][tag] = [
            {
                "step": e.step,
                "width": e.width,
                "height": e.height,
                "encoded_len": len(e.encoded_image_string),
                "magic": e.encoded_image_string[:6].hex(),
            }
            for e in accumulator.Images(tag)
        ]
    for tag in tags["histograms"]:
        result["histograms"][tag] = [
            {
                "step": e.step,
                "min": e.histogram_value.min,
                "max": e.histogram_value.max,
                "num": e.histogram_value.num,
                "sum": e.histogram_value.sum,
                "sum_squares": e.histogram_value.sum_squares,
                "bucket_limit": list(e.histogram_value.bucket_limit),
                "bucket": list(e.histogram_value.bucket),
            }
            for e in accumulator.Histograms(tag)
        ]
    print(json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: read_events.py RUN_DIR")
    main(sys.argv[1])
