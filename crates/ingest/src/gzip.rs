//! Decompression with a cap: gzip (multi-member, as WARC.gz is), and the
//! `deflate` content coding of HTTP bodies.

use std::io::{ErrorKind, Read};

use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};

use crate::IngestError;

/// A decompression that failed, with what came out before it failed (a
/// truncated WARC.gz still holds the records before the cut).
#[derive(Debug)]
pub(crate) struct Failed {
    pub error: IngestError,
    pub partial: Vec<u8>,
}

/// Decompresses a gzip stream of one or more members, giving up past `limit`
/// decompressed bytes.
pub(crate) fn gunzip(bytes: &[u8], limit: u64) -> Result<Vec<u8>, Failed> {
    read_capped(MultiGzDecoder::new(bytes), bytes.len() as u64, limit)
}

/// Decompresses an HTTP `deflate` body: zlib-wrapped as the RFC says, or raw
/// deflate as some servers send it.
pub(crate) fn inflate(bytes: &[u8], limit: u64) -> Result<Vec<u8>, Failed> {
    read_capped(ZlibDecoder::new(bytes), bytes.len() as u64, limit)
        .or_else(|_| read_capped(DeflateDecoder::new(bytes), bytes.len() as u64, limit))
}

fn read_capped(reader: impl Read, compressed: u64, limit: u64) -> Result<Vec<u8>, Failed> {
    let mut out = Vec::new();
    let result = reader.take(limit.saturating_add(1)).read_to_end(&mut out);
    if out.len() as u64 > limit {
        return Err(Failed {
            error: IngestError::DecompressedTooLarge { compressed, limit },
            partial: Vec::new(),
        });
    }
    match result {
        Ok(_) => Ok(out),
        Err(err) if err.kind() == ErrorKind::UnexpectedEof => Err(Failed {
            error: IngestError::GzipTruncated {
                decompressed: out.len() as u64,
            },
            partial: out,
        }),
        Err(err) => Err(Failed {
            error: IngestError::GzipCorrupt {
                message: err.to_string(),
            },
            partial: out,
        }),
    }
}
