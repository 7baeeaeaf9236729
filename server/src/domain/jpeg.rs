//! Identity-document images: rebuilds an upload from only the segments a decoder needs (SOI,
//! DQT, SOF0/1/2, DHT, DRI, SOS with its entropy-coded data, EOI), a JFIF header written here
//! and, when the photo is rotated, a minimal EXIF block holding only its Orientation; every
//! other segment (EXIF with GPS and device, XMP, IPTC, ICC profiles, comments, thumbnails,
//! application and JPGn segments, data after the end of the image) is dropped, so no payload
//! of the sender's choosing survives outside the image data. The rebuilt image is then decoded
//! once in full, under the pixel limit, and refused unless it decodes: the scans are copied
//! byte for byte, never re-compressed.

use std::fmt;

use zune_jpeg::JpegDecoder;
use zune_jpeg::zune_core::options::DecoderOptions;

/// Default pixel limit: 40 megapixels is more than any phone camera gives.
pub const DEFAULT_MAX_PIXELS: u64 = 40_000_000;

/// A JPEG rebuilt from its image data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanJpeg {
    pub bytes: Vec<u8>,
    pub width: u16,
    pub height: u16,
    /// Segments of the upload not copied (EXIF, XMP, ICC, comments, its own JFIF header…),
    /// for the audit trail.
    pub removed_segments: usize,
    /// The EXIF orientation (2–8) carried over, if the photo was not upright (1).
    pub orientation: Option<u8>,
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
    /// The structure is sound but the image data does not decode.
    Undecodable(String),
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
            Self::Undecodable(why) => write!(f, "the JPEG image does not decode: {why}"),
        }
    }
}

impl std::error::Error for JpegError {}

const SOI: u8 = 0xD8;
const EOI: u8 = 0xD9;
const SOS: u8 = 0xDA;
const DQT: u8 = 0xDB;
const DHT: u8 = 0xC4;
const DRI: u8 = 0xDD;
const APP1: u8 = 0xE1;

/// The JFIF header every output starts with: version 1.01, no density unit with a 1:1 aspect
/// ratio, no thumbnail. Written here rather than copied, so it holds nothing of the sender's.
const JFIF_APP0: [u8; 18] = [
    0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
    0x00, 0x00,
];

/// Whether the first bytes of an upload can start a JPEG, to refuse anything else at the
/// first chunk instead of after receiving megabytes.
pub fn starts_like_jpeg(prefix: &[u8]) -> bool {
    matches!(prefix, [] | [0xFF] | [0xFF, SOI] | [0xFF, SOI, 0xFF, ..])
}

/// Validates `input` as a complete baseline, extended or progressive JPEG of at most
/// `max_pixels`, rebuilds it from its image segments and decodes the result once. CPU work:
/// call it on the blocking pool. Never panics, whatever the bytes.
pub fn sanitize(input: &[u8], max_pixels: u64) -> Result<CleanJpeg, JpegError> {
    if input.len() < 4 || input[0] != 0xFF || input[1] != SOI || input[2] != 0xFF {
        return Err(JpegError::NotJpeg);
    }
    // The image segments, in their order; the headers written here go in front of them.
    let mut body = Vec::with_capacity(input.len());
    let mut frame: Option<(u16, u16)> = None;
    let mut orientation: Option<u8> = None;
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
                body.extend_from_slice(&[0xFF, EOI]);
                break;
            }
            SOI => return Err(JpegError::Malformed("a second start-of-image marker")),
            0x00 | 0xD0..=0xD7 => return Err(JpegError::Malformed("a marker outside a scan")),
            // TEM has no length and means nothing to a decoder.
            0x01 => removed += 1,
            _ => {
                let end = segment_end(input, pos)?;
                let payload = &input[pos + 2..end];
                let keep = match marker {
                    0xC0..=0xC2 => {
                        if frame.is_some() {
                            return Err(JpegError::Malformed("a second frame header"));
                        }
                        frame = Some(frame_size(payload, max_pixels)?);
                        true
                    }
                    // Lossless, hierarchical and arithmetic-coded frames: no camera or
                    // scanner makes them for photos, and the decoder does not read them.
                    _ if is_frame_header(marker) => {
                        return Err(JpegError::Malformed("an unsupported kind of frame"));
                    }
                    DQT | DHT | DRI => true,
                    SOS => {
                        if frame.is_none() {
                            return Err(JpegError::Malformed("a scan before the frame header"));
                        }
                        true
                    }
                    APP1 => {
                        if orientation.is_none() {
                            orientation = exif_orientation(payload);
                        }
                        false
                    }
                    _ => false,
                };
                if keep {
                    body.extend_from_slice(&[0xFF, marker]);
                    body.extend_from_slice(&input[pos..end]);
                } else {
                    removed += 1;
                }
                pos = end;
                if marker == SOS {
                    let scan_end = scan_end(input, pos)?;
                    body.extend_from_slice(&input[pos..scan_end]);
                    pos = scan_end;
                }
            }
        }
    }
    let (width, height) = frame.ok_or(JpegError::NoFrame)?;
    let orientation = orientation.filter(|&o| o != 1);
    let mut out = Vec::with_capacity(body.len() + 64);
    out.extend_from_slice(&[0xFF, SOI]);
    out.extend_from_slice(&JFIF_APP0);
    if let Some(o) = orientation {
        out.extend_from_slice(&orientation_app1(o));
    }
    out.extend_from_slice(&body);
    decode(&out, width, height)?;
    Ok(CleanJpeg {
        bytes: out,
        width,
        height,
        removed_segments: removed,
        orientation,
    })
}

/// Decodes the whole image once: a file whose structure parses but whose tables or scans are
/// broken (or that hides something else in its scan data) is refused here.
fn decode(bytes: &[u8], width: u16, height: u16) -> Result<(), JpegError> {
    let options = DecoderOptions::default()
        // The pixel limit is checked on the frame header before this; allow any u16 side.
        .set_max_width(usize::from(u16::MAX))
        .set_max_height(usize::from(u16::MAX))
        // Refuse what a lenient decoder would patch over (bytes between segments, markers
        // in a scan, scans that end early).
        .set_strict_mode(true);
    let mut decoder = JpegDecoder::new_with_options(std::io::Cursor::new(bytes), options);
    let pixels = decoder
        .decode()
        .map_err(|e| JpegError::Undecodable(format!("{e:?}")))?;
    let info = decoder
        .info()
        .ok_or_else(|| JpegError::Undecodable("no image information".into()))?;
    if (info.width, info.height) != (width, height) || pixels.is_empty() {
        return Err(JpegError::Undecodable(
            "the decoded size differs from the frame header".into(),
        ));
    }
    Ok(())
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

/// Width and height of a frame header, within the pixel limit, with one (grey) or three
/// (YCbCr) components: what the JFIF header written in front of it promises. CMYK images
/// would need the Adobe segment to keep their colours; scans of documents are not made so.
fn frame_size(payload: &[u8], max_pixels: u64) -> Result<(u16, u16), JpegError> {
    let [_precision, h1, h0, w1, w0, components, ..] = payload else {
        return Err(JpegError::Malformed("a frame header too short"));
    };
    let height = u16::from_be_bytes([*h1, *h0]);
    let width = u16::from_be_bytes([*w1, *w0]);
    if width == 0 || height == 0 {
        return Err(JpegError::Malformed("a frame of zero width or height"));
    }
    let pixels = u64::from(width) * u64::from(height);
    if pixels > max_pixels {
        return Err(JpegError::TooManyPixels {
            width,
            height,
            max: max_pixels,
        });
    }
    if !matches!(components, 1 | 3) {
        return Err(JpegError::Malformed(
            "only greyscale and colour (YCbCr) images are accepted",
        ));
    }
    Ok((width, height))
}

/// The Orientation (tag 0x0112) of IFD0 in an APP1 EXIF payload, if it holds a valid one (1–8).
fn exif_orientation(payload: &[u8]) -> Option<u8> {
    let tiff = payload.strip_prefix(b"Exif\0\0")?;
    let big_endian = match tiff.get(..4)? {
        b"MM\0*" => true,
        b"II*\0" => false,
        _ => return None,
    };
    let u16_at = |at: usize| -> Option<u16> {
        let bytes: [u8; 2] = tiff.get(at..at.checked_add(2)?)?.try_into().ok()?;
        Some(if big_endian {
            u16::from_be_bytes(bytes)
        } else {
            u16::from_le_bytes(bytes)
        })
    };
    let u32_at = |at: usize| -> Option<u32> {
        let bytes: [u8; 4] = tiff.get(at..at.checked_add(4)?)?.try_into().ok()?;
        Some(if big_endian {
            u32::from_be_bytes(bytes)
        } else {
            u32::from_le_bytes(bytes)
        })
    };
    let ifd0 = usize::try_from(u32_at(4)?).ok()?;
    let entries = u16_at(ifd0)?;
    (0..usize::from(entries)).find_map(|i| {
        let entry = ifd0.checked_add(2)?.checked_add(i.checked_mul(12)?)?;
        // A SHORT (type 3) with one value, stored in the first two bytes of the value field.
        if u16_at(entry)? != 0x0112 || u16_at(entry + 2)? != 3 || u32_at(entry + 4)? != 1 {
            return None;
        }
        u8::try_from(u16_at(entry + 8)?)
            .ok()
            .filter(|o| (1..=8).contains(o))
    })
}

/// An APP1 EXIF segment holding only IFD0 with the Orientation tag (big-endian TIFF header,
/// one entry, no next IFD). The tag is carried rather than applied: rotating would mean
/// re-encoding, and browsers and viewers honour it.
fn orientation_app1(orientation: u8) -> [u8; 36] {
    // The length field counts itself and the payload: 36 bytes less the marker.
    let mut segment = [0u8; 36];
    segment[..4].copy_from_slice(&[0xFF, APP1, 0x00, 34]);
    segment[4..10].copy_from_slice(b"Exif\0\0");
    // TIFF header: "MM", 42, IFD0 at offset 8.
    segment[10..18].copy_from_slice(&[b'M', b'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08]);
    // One entry: tag 0x0112, type SHORT, count 1, value; then a next-IFD offset of 0.
    segment[18..20].copy_from_slice(&[0x00, 0x01]);
    segment[20..32].copy_from_slice(&[
        0x01,
        0x12,
        0x00,
        0x03,
        0x00,
        0x00,
        0x00,
        0x01,
        0x00,
        orientation,
        0x00,
        0x00,
    ]);
    // Bytes 32..36, the next-IFD offset, stay 0: there is no other IFD.
    segment
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRONT: &[u8] = include_bytes!("../../../tests/fixtures/id-documents/front.jpg");
    const FRONT_EXIF: &[u8] = include_bytes!("../../../tests/fixtures/id-documents/front_exif.jpg");
    const PROGRESSIVE: &[u8] =
        include_bytes!("../../../tests/fixtures/id-documents/progressive.jpg");
    const PNG: &[u8] = include_bytes!("../../../tests/fixtures/id-documents/front.png");

    const HTML: &[u8] = b"<html><script>alert('pecd')</script></html>";

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let length = u16::try_from(payload.len() + 2).expect("small segment");
        let mut out = vec![0xFF, marker];
        out.extend_from_slice(&length.to_be_bytes());
        out.extend_from_slice(payload);
        out
    }

    /// `base` with `segments` inserted right after its SOI.
    fn with_segments(base: &[u8], segments: &[Vec<u8>]) -> Vec<u8> {
        let mut out = base[..2].to_vec();
        for s in segments {
            out.extend_from_slice(s);
        }
        out.extend_from_slice(&base[2..]);
        out
    }

    /// A ZIP archive (stored, one file): local header, data, central directory, end record.
    fn zip() -> Vec<u8> {
        let name = b"payload.html";
        let mut z = b"PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00".to_vec();
        z.extend_from_slice(&[0; 4]); // CRC, not checked by the searches below
        z.extend_from_slice(&u32::try_from(HTML.len()).expect("small").to_le_bytes());
        z.extend_from_slice(&u32::try_from(HTML.len()).expect("small").to_le_bytes());
        z.extend_from_slice(&u16::try_from(name.len()).expect("small").to_le_bytes());
        z.extend_from_slice(&[0, 0]);
        z.extend_from_slice(name);
        z.extend_from_slice(HTML);
        z.extend_from_slice(b"PK\x01\x02");
        z.extend_from_slice(name);
        z.extend_from_slice(b"PK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x00");
        z
    }

    fn assert_no_zip(bytes: &[u8]) {
        for signature in [
            &b"PK\x03\x04"[..],
            b"PK\x01\x02",
            b"PK\x05\x06",
            b"payload.html",
        ] {
            assert!(!contains(bytes, signature), "{signature:?} survived");
        }
    }

    /// An APP1 EXIF payload with Make, the Orientation and a GPS pointer in IFD0.
    fn exif(orientation: u16, big_endian: bool) -> Vec<u8> {
        let u16b = |v: u16| {
            if big_endian {
                v.to_be_bytes()
            } else {
                v.to_le_bytes()
            }
        };
        let u32b = |v: u32| {
            if big_endian {
                v.to_be_bytes()
            } else {
                v.to_le_bytes()
            }
        };
        let mut tiff = if big_endian {
            b"MM\0*".to_vec()
        } else {
            b"II*\0".to_vec()
        };
        tiff.extend_from_slice(&u32b(8));
        tiff.extend_from_slice(&u16b(3));
        let make_at = 8 + 2 + 3 * 12 + 4;
        for (tag, kind, count, value) in [
            (0x010F_u16, 2_u16, 11_u32, make_at),
            (0x0112, 3, 1, 0),
            (0x8825, 4, 1, make_at + 11),
        ] {
            tiff.extend_from_slice(&u16b(tag));
            tiff.extend_from_slice(&u16b(kind));
            tiff.extend_from_slice(&u32b(count));
            if tag == 0x0112 {
                tiff.extend_from_slice(&u16b(orientation));
                tiff.extend_from_slice(&[0, 0]);
            } else {
                tiff.extend_from_slice(&u32b(value));
            }
        }
        tiff.extend_from_slice(&u32b(0));
        tiff.extend_from_slice(b"FixtureCam\0");
        tiff.extend_from_slice(&u16b(0));
        let mut payload = b"Exif\0\0".to_vec();
        payload.extend_from_slice(&tiff);
        payload
    }

    /// The APP1 segments of a JPEG's header, up to its first scan.
    fn app1_payloads(bytes: &[u8]) -> Vec<Vec<u8>> {
        let mut found = Vec::new();
        let mut pos = 2;
        while pos + 4 <= bytes.len() && bytes[pos] == 0xFF && bytes[pos + 1] != SOS {
            let end = pos + 2 + usize::from(u16::from_be_bytes([bytes[pos + 2], bytes[pos + 3]]));
            if bytes[pos + 1] == APP1 {
                found.push(bytes[pos + 4..end].to_vec());
            }
            pos = end;
        }
        found
    }

    #[test]
    fn a_jpeg_is_rebuilt_with_a_fresh_jfif_header_and_decodes() {
        let clean = sanitize(FRONT, DEFAULT_MAX_PIXELS).expect("valid");
        assert_eq!((clean.width, clean.height), (640, 400));
        assert!(clean.bytes.starts_with(&[0xFF, SOI]));
        assert_eq!(&clean.bytes[2..20], &JFIF_APP0);
        // Pillow's own JFIF header is replaced by ours.
        assert_eq!(clean.removed_segments, 1);
        assert_eq!(clean.orientation, None);
        // A rebuilt image is a fixed point: rebuilding it again changes nothing.
        let again = sanitize(&clean.bytes, DEFAULT_MAX_PIXELS).expect("valid");
        assert_eq!(again.bytes, clean.bytes);
        decode(&clean.bytes, 640, 400).expect("decodes");
    }

    #[test]
    fn exif_gps_xmp_and_comments_are_removed_without_touching_the_image() {
        assert!(contains(FRONT_EXIF, b"FixtureCam"));
        let clean = sanitize(FRONT_EXIF, DEFAULT_MAX_PIXELS).expect("valid");
        // EXIF, XMP, the comment and the JFIF header.
        assert_eq!(clean.removed_segments, 4);
        // The fixture is front.jpg with the metadata inserted: the scans are the same.
        assert_eq!(
            clean.bytes,
            sanitize(FRONT, DEFAULT_MAX_PIXELS).expect("valid").bytes
        );
        assert!(!contains(&clean.bytes, b"FixtureCam"));
        assert!(!contains(&clean.bytes, b"Exif\0\0"));
    }

    #[test]
    fn progressive_jpegs_with_many_scans_pass() {
        let clean = sanitize(PROGRESSIVE, DEFAULT_MAX_PIXELS).expect("valid");
        assert_eq!((clean.width, clean.height), (640, 400));
        assert!(contains(&clean.bytes, &[0xFF, 0xC2]));
        assert_eq!(
            clean.bytes.len(),
            PROGRESSIVE.len() - 2 - 16 + JFIF_APP0.len()
        );
    }

    #[test]
    fn html_and_zip_payloads_in_any_segment_are_dropped() {
        let mut app0 = b"JFIF\0\x01\x02\0\0\x01\0\x01\0\0".to_vec();
        app0.extend_from_slice(HTML);
        let mut icc = b"ICC_PROFILE\0\x01\x01".to_vec();
        icc.extend_from_slice(HTML);
        let mut adobe = b"Adobe\0".to_vec();
        adobe.extend_from_slice(&zip());
        let crafted = with_segments(
            FRONT,
            &[
                segment(0xE0, &app0),
                segment(0xE0, HTML),
                segment(0xE2, &icc),
                segment(0xF0, HTML),
                segment(0xF0, &zip()),
                segment(0xEF, &zip()),
                segment(0xEE, &adobe),
                segment(0xFE, HTML),
            ],
        );
        assert!(contains(&crafted, HTML));
        let clean = sanitize(&crafted, DEFAULT_MAX_PIXELS).expect("valid");
        assert_eq!(clean.removed_segments, 9);
        assert!(!contains(&clean.bytes, b"<html"));
        assert!(!contains(&clean.bytes, b"script"));
        assert!(!contains(&clean.bytes, b"ICC_PROFILE"));
        assert!(!contains(&clean.bytes, b"Adobe"));
        assert_no_zip(&clean.bytes);
        assert_eq!(
            clean.bytes,
            sanitize(FRONT, DEFAULT_MAX_PIXELS).expect("valid").bytes
        );
    }

    #[test]
    fn a_zip_appended_after_the_end_of_the_image_is_dropped() {
        let mut polyglot = FRONT.to_vec();
        polyglot.extend_from_slice(&zip());
        let clean = sanitize(&polyglot, DEFAULT_MAX_PIXELS).expect("valid");
        assert_no_zip(&clean.bytes);
        assert!(clean.bytes.ends_with(&[0xFF, EOI]));
    }

    #[test]
    fn the_orientation_survives_as_a_minimal_exif_block() {
        for big_endian in [false, true] {
            for orientation in 1..=8 {
                let photo = with_segments(FRONT, &[segment(APP1, &exif(orientation, big_endian))]);
                let clean = sanitize(&photo, DEFAULT_MAX_PIXELS).expect("valid");
                let app1 = app1_payloads(&clean.bytes);
                assert!(!contains(&clean.bytes, b"FixtureCam"));
                if orientation == 1 {
                    assert_eq!(clean.orientation, None);
                    assert!(app1.is_empty(), "upright photos need no EXIF");
                } else {
                    let o = u8::try_from(orientation).expect("small");
                    assert_eq!(clean.orientation, Some(o));
                    assert_eq!(app1.len(), 1);
                    assert_eq!(exif_orientation(&app1[0]), Some(o));
                    // Only the header, one entry and the end of the IFD.
                    assert_eq!(app1[0].len(), 6 + 8 + 2 + 12 + 4);
                    // Kept on a second pass.
                    let again = sanitize(&clean.bytes, DEFAULT_MAX_PIXELS).expect("valid");
                    assert_eq!(again.bytes, clean.bytes);
                }
            }
        }
        // An out-of-range orientation is dropped, not copied.
        let odd = with_segments(FRONT, &[segment(APP1, &exif(9, false))]);
        assert_eq!(
            sanitize(&odd, DEFAULT_MAX_PIXELS)
                .expect("valid")
                .orientation,
            None
        );
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
    fn frames_the_decoder_cannot_read_are_refused() {
        let sof = FRONT
            .windows(2)
            .position(|w| w == [0xFF, 0xC0])
            .expect("baseline frame header");
        for kind in [0xC3, 0xC5, 0xC9, 0xCB, 0xCF] {
            let mut other = FRONT.to_vec();
            other[sof + 1] = kind;
            assert_eq!(
                sanitize(&other, DEFAULT_MAX_PIXELS),
                Err(JpegError::Malformed("an unsupported kind of frame"))
            );
        }
        // A second frame header.
        let frame_len = usize::from(u16::from_be_bytes([FRONT[sof + 2], FRONT[sof + 3]]));
        let twice = with_segments(FRONT, &[FRONT[sof..sof + 2 + frame_len].to_vec()]);
        assert!(sanitize(&twice, DEFAULT_MAX_PIXELS).is_err());
    }

    /// 300 deterministic mutations (one to four bytes each) of a valid image with metadata:
    /// nothing panics, and every accepted output decodes and is its own rebuild.
    #[test]
    fn mutated_images_are_refused_or_rebuilt_into_images_that_decode() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            // xorshift64*: deterministic, no dependency.
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_F491_4F6C_DD1D)
        };
        let (mut accepted, mut refused) = (0, 0);
        for _ in 0..300 {
            let mut bytes = FRONT_EXIF.to_vec();
            for _ in 0..=next() % 4 {
                let at = usize::try_from(next() % bytes.len() as u64).expect("index");
                bytes[at] = u8::try_from(next() & 0xFF).expect("byte");
            }
            match sanitize(&bytes, DEFAULT_MAX_PIXELS) {
                Ok(clean) => {
                    accepted += 1;
                    assert!(!contains(&clean.bytes, b"FixtureCam"));
                    // Rebuilding decodes the output again: it must pass.
                    let again = sanitize(&clean.bytes, DEFAULT_MAX_PIXELS).expect("decodes");
                    assert_eq!(again.bytes, clean.bytes);
                }
                Err(_) => refused += 1,
            }
        }
        println!("jpeg mutations: {accepted} accepted (all decode), {refused} refused of 300");
        assert_eq!(accepted + refused, 300);
        assert!(refused > 0 && accepted > 0);
    }
}
