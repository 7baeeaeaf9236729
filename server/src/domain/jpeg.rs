//! Identity-document images: proves bytes are a complete baseline or progressive JPEG, bounds
//! its pixel count against decompression bombs, and removes metadata (EXIF with GPS and
//! device, XMP, IPTC, comments, thumbnails, trailing data) without decoding or re-compressing
//! the image: the entropy-coded scans are copied byte for byte.

use std::fmt;

/// Default pixel limit: 40 megapixels is more than any phone camera gives.
pub const DEFAULT_MAX_PIXELS: u64 = 40_000_000;

/// A JPEG with its metadata removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanJpeg {
    pub bytes: Vec<u8>,
    pub width: u16,
    pub height: u16,
    /// Metadata segments removed (EXIF, XMP, comments…), for the audit trail.
    pub removed_segments: usize,
}

/// Why bytes were refused as a JPEG.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JpegError {
    /// The bytes do not start like a JPEG (a PNG, a PDF, text…).
    NotJpeg,
    /// The file ends before its end-of-image marker.
    Truncated,
    /// The structure is broken; the text says where.
    Malformed(&'static str),
    /// No frame header: nothing to display.
    NoFrame,
    /// More pixels than allowed.
    TooManyPixels { width: u16, height: u16, max: u64 },
}

impl fmt::Display for JpegError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJpeg => f.write_str("not a JPEG image"),
            Self::Truncated => f.write_str("the JPEG image is truncated"),
            Self::Malformed(what) => write!(f, "malformed JPEG image: {what}"),
            Self::NoFrame => f.write_str("the JPEG image has no frame header"),
            Self::TooManyPixels { width, height, max } => {
                write!(
                    f,
                    "the image is {width}×{height} pixels, above the limit of {max}"
                )
            }
        }
    }
}

impl std::error::Error for JpegError {}

const SOI: u8 = 0xD8;
const EOI: u8 = 0xD9;
const SOS: u8 = 0xDA;

/// Whether the first bytes of an upload can start a JPEG, to refuse anything else at the
/// first chunk instead of after receiving megabytes.
pub fn starts_like_jpeg(prefix: &[u8]) -> bool {
    matches!(prefix, [] | [0xFF] | [0xFF, SOI] | [0xFF, SOI, 0xFF, ..])
}

/// Validates `input` as a complete JPEG of at most `max_pixels` and returns it without
/// metadata. Never panics, whatever the bytes.
pub fn sanitize(input: &[u8], max_pixels: u64) -> Result<CleanJpeg, JpegError> {
    if input.len() < 4 || input[0] != 0xFF || input[1] != SOI || input[2] != 0xFF {
        return Err(JpegError::NotJpeg);
    }
    let mut out = Vec::with_capacity(input.len());
    out.extend_from_slice(&[0xFF, SOI]);
    let mut frame: Option<(u16, u16)> = None;
    let mut removed = 0;
    let mut pos = 2;
    loop {
        match input.get(pos) {
            None => return Err(JpegError::Truncated),
            Some(0xFF) => {}
            Some(_) => return Err(JpegError::Malformed("expected a marker")),
        }
        // A marker may be preceded by any number of 0xFF fill bytes.
        while input.get(pos) == Some(&0xFF) {
            pos += 1;
        }
        let Some(&marker) = input.get(pos) else {
            return Err(JpegError::Truncated);
        };
        pos += 1;
        match marker {
            EOI => {
                // Anything after the end of the image (camera trailers, appended files) is
                // dropped with the metadata.
                out.extend_from_slice(&[0xFF, EOI]);
                break;
            }
            SOI => return Err(JpegError::Malformed("a second start-of-image marker")),
            0x00 | 0xD0..=0xD7 => return Err(JpegError::Malformed("a marker outside a scan")),
            0x01 => out.extend_from_slice(&[0xFF, marker]),
            _ => {
                let end = segment_end(input, pos)?;
                let payload = &input[pos + 2..end];
                if is_frame_header(marker) {
                    let (width, height) = frame_size(payload)?;
                    let pixels = u64::from(width) * u64::from(height);
                    if pixels > max_pixels {
                        return Err(JpegError::TooManyPixels {
                            width,
                            height,
                            max: max_pixels,
                        });
                    }
                    frame.get_or_insert((width, height));
                }
                if keeps(marker, payload) {
                    out.extend_from_slice(&[0xFF, marker]);
                    out.extend_from_slice(&input[pos..end]);
                } else {
                    removed += 1;
                }
                pos = end;
                if marker == SOS {
                    if frame.is_none() {
                        return Err(JpegError::Malformed("a scan before the frame header"));
                    }
                    let scan_end = scan_end(input, pos)?;
                    out.extend_from_slice(&input[pos..scan_end]);
                    pos = scan_end;
                }
            }
        }
    }
    let (width, height) = frame.ok_or(JpegError::NoFrame)?;
    Ok(CleanJpeg {
        bytes: out,
        width,
        height,
        removed_segments: removed,
    })
}

/// End of the segment whose length field starts at `pos`.
fn segment_end(input: &[u8], pos: usize) -> Result<usize, JpegError> {
    let (Some(&hi), Some(&lo)) = (input.get(pos), input.get(pos + 1)) else {
        return Err(JpegError::Truncated);
    };
    let length = usize::from(u16::from_be_bytes([hi, lo]));
    if length < 2 {
        return Err(JpegError::Malformed("a segment length below 2"));
    }
    let end = pos + length;
    if end > input.len() {
        return Err(JpegError::Truncated);
    }
    Ok(end)
}

/// Start of the first marker after the entropy-coded data that begins at `pos`: in a scan,
/// 0xFF is followed by 0x00 (a stuffed byte), a restart marker, or more fill bytes.
fn scan_end(input: &[u8], mut pos: usize) -> Result<usize, JpegError> {
    loop {
        let Some(offset) = input[pos..].iter().position(|&b| b == 0xFF) else {
            return Err(JpegError::Truncated);
        };
        let at = pos + offset;
        match input.get(at + 1) {
            None => return Err(JpegError::Truncated),
            Some(0x00 | 0xD0..=0xD7) => pos = at + 2,
            Some(0xFF) => pos = at + 1,
            Some(_) => return Ok(at),
        }
    }
}

/// SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
fn is_frame_header(marker: u8) -> bool {
    (0xC0..=0xCF).contains(&marker) && !matches!(marker, 0xC4 | 0xC8 | 0xCC)
}

fn frame_size(payload: &[u8]) -> Result<(u16, u16), JpegError> {
    let [_precision, h1, h0, w1, w0, ..] = payload else {
        return Err(JpegError::Malformed("a frame header too short"));
    };
    let height = u16::from_be_bytes([*h1, *h0]);
    let width = u16::from_be_bytes([*w1, *w0]);
    if width == 0 || height == 0 {
        return Err(JpegError::Malformed("a frame of zero width or height"));
    }
    Ok((width, height))
}

/// Which segments survive: everything the decoder needs, plus the JFIF header, an ICC colour
/// profile and the Adobe segment (it tells how CMYK/YCCK colours are encoded). EXIF, XMP,
/// IPTC/Photoshop, JFXX thumbnails, other application segments and comments go.
fn keeps(marker: u8, payload: &[u8]) -> bool {
    match marker {
        0xE0 => payload.starts_with(b"JFIF\0"),
        0xE2 => payload.starts_with(b"ICC_PROFILE\0"),
        0xEE => payload.starts_with(b"Adobe"),
        0xE1 | 0xE3..=0xED | 0xEF | 0xFE => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRONT: &[u8] = include_bytes!("../../../tests/fixtures/id-documents/front.jpg");
    const FRONT_EXIF: &[u8] = include_bytes!("../../../tests/fixtures/id-documents/front_exif.jpg");
    const PROGRESSIVE: &[u8] =
        include_bytes!("../../../tests/fixtures/id-documents/progressive.jpg");
    const PNG: &[u8] = include_bytes!("../../../tests/fixtures/id-documents/front.png");

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn a_clean_jpeg_passes_byte_for_byte() {
        let clean = sanitize(FRONT, DEFAULT_MAX_PIXELS).expect("valid");
        assert_eq!((clean.width, clean.height), (640, 400));
        assert_eq!(clean.removed_segments, 0);
        assert_eq!(clean.bytes, FRONT);
    }

    #[test]
    fn exif_gps_xmp_and_comments_are_removed_without_touching_the_image() {
        assert!(contains(FRONT_EXIF, b"FixtureCam"));
        let clean = sanitize(FRONT_EXIF, DEFAULT_MAX_PIXELS).expect("valid");
        assert_eq!(clean.removed_segments, 3);
        // The fixture is front.jpg with the metadata inserted: removing it gives it back.
        assert_eq!(clean.bytes, FRONT);
        assert!(!contains(&clean.bytes, b"FixtureCam"));
        assert!(!contains(&clean.bytes, b"Exif\0\0"));
    }

    #[test]
    fn progressive_jpegs_with_many_scans_pass() {
        let clean = sanitize(PROGRESSIVE, DEFAULT_MAX_PIXELS).expect("valid");
        assert_eq!((clean.width, clean.height), (640, 400));
        assert_eq!(clean.bytes, PROGRESSIVE);
    }

    #[test]
    fn other_formats_are_refused_from_the_first_bytes() {
        assert_eq!(sanitize(PNG, DEFAULT_MAX_PIXELS), Err(JpegError::NotJpeg));
        assert!(!starts_like_jpeg(&PNG[..8]));
        assert!(starts_like_jpeg(&FRONT[..1]));
        assert!(starts_like_jpeg(&FRONT[..8]));
        assert_eq!(
            sanitize(b"%PDF-1.7", DEFAULT_MAX_PIXELS),
            Err(JpegError::NotJpeg)
        );
        assert_eq!(sanitize(b"", DEFAULT_MAX_PIXELS), Err(JpegError::NotJpeg));
    }

    #[test]
    fn truncated_files_are_refused_at_every_length() {
        for len in 0..FRONT_EXIF.len() {
            let outcome = sanitize(&FRONT_EXIF[..len], DEFAULT_MAX_PIXELS);
            assert!(outcome.is_err(), "accepted a file cut at {len} bytes");
        }
    }

    #[test]
    fn the_pixel_limit_is_checked_before_decoding() {
        let exact = 640 * 400;
        assert!(sanitize(FRONT, exact).is_ok());
        assert_eq!(
            sanitize(FRONT, exact - 1),
            Err(JpegError::TooManyPixels {
                width: 640,
                height: 400,
                max: exact - 1
            })
        );
        // A small file claiming 65535×65535 pixels (a decompression bomb) is refused.
        let mut bomb = FRONT.to_vec();
        let sof = bomb
            .windows(2)
            .position(|w| w == [0xFF, 0xC0])
            .expect("baseline frame header");
        bomb[sof + 5..sof + 9].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);
        assert!(matches!(
            sanitize(&bomb, DEFAULT_MAX_PIXELS),
            Err(JpegError::TooManyPixels { .. })
        ));
    }

    #[test]
    fn trailing_data_after_the_image_is_dropped() {
        let mut with_trailer = FRONT.to_vec();
        with_trailer.extend_from_slice(b"SECRET TRAILER");
        let clean = sanitize(&with_trailer, DEFAULT_MAX_PIXELS).expect("valid");
        assert_eq!(clean.bytes, FRONT);
    }

    #[test]
    fn corrupted_bytes_never_panic() {
        // Flip every byte in turn; each outcome is fine as long as nothing panics and what
        // passes still starts and ends like a JPEG.
        for i in 0..FRONT_EXIF.len() {
            let mut bytes = FRONT_EXIF.to_vec();
            bytes[i] ^= 0xFF;
            if let Ok(clean) = sanitize(&bytes, DEFAULT_MAX_PIXELS) {
                assert_eq!(&clean.bytes[..2], &[0xFF, SOI]);
                assert_eq!(&clean.bytes[clean.bytes.len() - 2..], &[0xFF, EOI]);
            }
        }
    }
}
