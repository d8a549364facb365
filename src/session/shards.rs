//! Host-side SPMD layout: cutting a host array into the per-device blocks of a tiled sharding
//! and gluing device blocks back together. Devices are numbered row-major over the tile
//! grid, matching the `{devices=[...]0,1,...}` text the lowering prints.

use crate::host::{HostTensor, HostTensorError};

/// Tile-grid coordinates of device `device` (row-major over `tiles`).
fn tile_coords(device: usize, tiles: &[usize]) -> Vec<usize> {
    let mut coords = vec![0; tiles.len()];
    let mut rest = device;
    for axis in (0..tiles.len()).rev() {
        coords[axis] = rest % tiles[axis];
        rest /= tiles[axis];
    }
    coords
}

/// Calls `f(offset_in_full, offset_in_block, run_bytes)` for each contiguous run of a block.
fn for_each_run(
    full_dims: &[usize],
    start: &[usize],
    block_dims: &[usize],
    elem: usize,
    mut f: impl FnMut(usize, usize, usize),
) {
    let rank = full_dims.len();
    if rank == 0 {
        f(0, 0, elem);
        return;
    }
    let run = block_dims[rank - 1] * elem;
    let outer: usize = block_dims[..rank - 1].iter().product();
    let mut index = vec![0; rank - 1];
    for block_row in 0..outer {
        let mut full_offset = 0;
        for axis in 0..rank {
            let i = if axis < rank - 1 { index[axis] } else { 0 };
            full_offset = full_offset * full_dims[axis] + start[axis] + i;
        }
        f(full_offset * elem, block_row * run, run);
        for axis in (0..rank - 1).rev() {
            index[axis] += 1;
            if index[axis] < block_dims[axis] {
                break;
            }
            index[axis] = 0;
        }
    }
}

/// The block of `host` device `device` holds under a tiling `tiles` (sizes divide evenly).
pub fn split_block(
    host: &HostTensor,
    tiles: &[usize],
    device: usize,
) -> Result<HostTensor, HostTensorError> {
    let dims = host.dims();
    let block: Vec<usize> = dims.iter().zip(tiles).map(|(d, t)| d / t).collect();
    let start: Vec<usize> = tile_coords(device, tiles)
        .iter()
        .zip(&block)
        .map(|(c, b)| c * b)
        .collect();
    let elem = host.dtype().size_bytes();
    let mut bytes = vec![0u8; block.iter().product::<usize>() * elem];
    let src = host.as_bytes();
    for_each_run(dims, &start, &block, elem, |full, part, n| {
        bytes[part..part + n].copy_from_slice(&src[full..full + n]);
    });
    HostTensor::from_bytes(host.dtype(), &block, bytes)
}

/// Reassembles a full array of shape `dims` from per-device blocks (in device order).
pub fn join_blocks(
    blocks: &[HostTensor],
    tiles: &[usize],
    dims: &[usize],
) -> Result<HostTensor, HostTensorError> {
    let dtype = blocks[0].dtype();
    let elem = dtype.size_bytes();
    let mut bytes = vec![0u8; dims.iter().product::<usize>() * elem];
    for (device, block) in blocks.iter().enumerate() {
        let start: Vec<usize> = tile_coords(device, tiles)
            .iter()
            .zip(block.dims())
            .map(|(c, b)| c * b)
            .collect();
        let src = block.as_bytes();
        for_each_run(dims, &start, block.dims(), elem, |full, part, n| {
            bytes[full..full + n].copy_from_slice(&src[part..part + n]);
        });
    }
    HostTensor::from_bytes(dtype, dims, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_then_join_is_identity() {
        let values: Vec<i32> = (0..24).collect();
        let host = HostTensor::from_slice(&[4, 6], &values).unwrap();
        let tiles = [2, 3];
        let blocks: Vec<HostTensor> = (0..6)
            .map(|d| split_block(&host, &tiles, d).unwrap())
            .collect();
        // Device 1 holds rows 0..2, columns 2..4 (row-major device order over the grid).
        assert_eq!(blocks[1].to_vec::<i32>().unwrap(), vec![2, 3, 8, 9]);
        assert_eq!(join_blocks(&blocks, &tiles, &[4, 6]).unwrap(), host);
    }
}
