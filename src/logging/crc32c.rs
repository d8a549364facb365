//! CRC32C (Castagnoli) and the "masked" form TFRecord stores, computed with a 256-entry table.
//!
//! TFRecord checksums every length and payload with CRC32C, then masks it (rotate right by 15,
//! add a constant) because a CRC computed over data that itself contains CRCs is weak.

/// The reflected Castagnoli polynomial 0x1EDC6F41.
const POLYNOMIAL: u32 = 0x82F6_3B78;

/// The constant TFRecord adds to a rotated CRC.
const MASK_DELTA: u32 = 0xA282_EAD8;

const TABLE: [u32; 256] = build_table();

const fn build_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut byte = 0;
    while byte < 256 {
        let mut crc = byte as u32;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ POLYNOMIAL
            } else {
                crc >> 1
            };
            bit += 1;
        }
        table[byte] = crc;
        byte += 1;
    }
    table
}

/// CRC32C of `bytes` (init and final xor 0xFFFFFFFF, reflected), e.g. `b"123456789"` -> 0xE3069283.
pub fn crc32c(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc = TABLE[((crc ^ b as u32) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

/// The masked CRC32C TFRecord writes after the length and after the payload.
pub fn masked_crc32c(bytes: &[u8]) -> u32 {
    crc32c(bytes).rotate_right(15).wrapping_add(MASK_DELTA)
}
