"""Reads a run directory's TensorBoard event files with the `tensorboard` package and prints
what it found as one JSON object: per tag kind, per tag, the events (step and value; for images
the size and the first bytes of the encoded string; for histograms the statistics), and the
tags each dashboard plugin (scalars, images, histograms, text) would show, and the texts.

Used by tests/tensorboard.rs to check our own event writer against TensorBoard's reader; also
handy to inspect a run without starting TensorBoard:
    tools/logging/.venv/bin/python tools/logging/read_events.py runs/demo
"""

import json
import sys

from tensorboard.backend.event_processing import event_accumulator
from tensorboard.backend.event_processing import plugin_event_accumulator
from tensorboard.util import img_mime_type_detector, tensor_util


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
                # The content type TensorBoard's image dashboard serves the bytes with.
                "mime": img_mime_type_detector.from_bytes(e.encoded_image_string),
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
    result["plugins"] = plugin_tags(run_dir)
    result["texts"] = texts(run_dir)
    print(json.dumps(result))


def plugin_tags(run_dir):
    """Tags per dashboard plugin as TensorBoard's web UI sees them (legacy summaries migrated to
    tensors with plugin metadata), e.g. {"scalars": [...], "images": [...], ...}."""
    accumulator = plugin_event_accumulator.EventAccumulator(
        run_dir,
        size_guidance={kind: 0 for kind in plugin_event_accumulator.DEFAULT_SIZE_GUIDANCE},
    )
    accumulator.Reload()
    return {
        plugin: sorted(accumulator.PluginTagToContent(plugin))
        for plugin in accumulator.ActivePlugins()
    }


def texts(run_dir):
    """Text summaries: {tag: [{"step": N, "text": "..."}]}, as the text dashboard reads them."""
    accumulator = plugin_event_accumulator.EventAccumulator(
        run_dir,
        size_guidance={kind: 0 for kind in plugin_event_accumulator.DEFAULT_SIZE_GUIDANCE},
    )
    accumulator.Reload()
    return {
        tag: [
            {"step": e.step, "text": tensor_util.make_ndarray(e.tensor_proto).item().decode()}
            for e in accumulator.Tensors(tag)
        ]
        for tag in (
            accumulator.PluginTagToContent("text")
            if "text" in accumulator.ActivePlugins()
            else {}
        )
    }


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: read_events.py RUN_DIR")
    main(sys.argv[1])
