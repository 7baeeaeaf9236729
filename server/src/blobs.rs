//! Sealed blobs: identity-document images encrypted at rest (AES-256-GCM) in an object store
//! (a local folder by default; any `object_store` backend by configuration).
//!
//! Each object is `PECB1` ‖ 12-byte random nonce ‖ ciphertext+tag, sealed with the current key
//! and bound to its path (associated data), so an object copied to another path does not
//! open. The key id is stored with the row that points at the blob, so keys can rotate: new
//! blobs use the current key, old ones open with the retired keys still configured.

use std::collections::HashMap;
use std::sync::Arc;

use aes_gcm::aead::{Aead, Payload};
use aes_gcm::{AeadCore, Aes256Gcm, Key, KeyInit, Nonce};
use base64::Engine;
use object_store::ObjectStore;
use object_store::aws::{AmazonS3Builder, AmazonS3ConfigKey};
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::prefix::PrefixStore;
use sha2::{Digest, Sha256};

const MAGIC: &[u8] = b"PECB1";
const NONCE_LEN: usize = 12;
/// Longest wait for one object-store request (an identity image is at most a few MB).
const STORE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Why a blob could not be stored or read.
#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    #[error("object store: {0}")]
    Store(#[from] object_store::Error),
    #[error("no key with id {0:?} is configured")]
    UnknownKey(String),
    #[error("the blob at {0} does not open: corrupted, moved or sealed with another key")]
    Corrupted(String),
    #[error("the blob at {0} does not match its SHA-256")]
    DigestMismatch(String),
    #[error("invalid blob key configuration: {0}")]
    Config(String),
}

/// What the database keeps about a stored blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredBlob {
    pub path: String,
    pub key_id: String,
    /// SHA-256 of the plaintext, hex; kept in the audit trail after the blob is deleted.
    pub sha256: String,
    pub size: u64,
}

/// The encryption keys: one current (seals new blobs) and any retired ones (open old blobs).
#[derive(Clone)]
pub struct KeyRing {
    current: String,
    keys: HashMap<String, Key<Aes256Gcm>>,
}

impl std::fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print key material.
        let mut ids: Vec<&String> = self.keys.keys().collect();
        ids.sort();
        f.debug_struct("KeyRing")
            .field("current", &self.current)
            .field("ids", &ids)
            .finish()
    }
}

impl KeyRing {
    /// Parses `id:BASE64KEY[,id:BASE64KEY…]`; the first key is the current one. Each key is
    /// 32 random bytes (`openssl rand -base64 32`).
    pub fn parse(spec: &str) -> Result<Self, BlobError> {
        let mut current = None;
        let mut keys = HashMap::new();
        for item in spec.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let (id, encoded) = item
                .split_once(':')
                .ok_or_else(|| BlobError::Config("expected id:base64key".to_owned()))?;
            let id = id.trim();
            if id.is_empty()
                || !id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Err(BlobError::Config(format!("invalid key id {id:?}")));
            }
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(encoded.trim())
                .map_err(|_| BlobError::Config(format!("key {id} is not base64")))?;
            let bytes = <[u8; 32]>::try_from(bytes.as_slice()).map_err(|_| {
                BlobError::Config(format!(
                    "key {id} has {} bytes; AES-256 needs 32",
                    bytes.len()
                ))
            })?;
            if keys
                .insert(id.to_owned(), Key::<Aes256Gcm>::from(bytes))
                .is_some()
            {
                return Err(BlobError::Config(format!("key id {id} is repeated")));
            }
            current.get_or_insert_with(|| id.to_owned());
        }
        let current = current.ok_or_else(|| BlobError::Config("no key given".to_owned()))?;
        Ok(Self { current, keys })
    }

    /// Id of the key that seals new blobs.
    pub fn current_id(&self) -> &str {
        &self.current
    }

    /// Secrets for another use (e.g. page tokens), one per key, the current key's first:
    /// SHA-256 of a label naming the use and the key, so no use learns another's secret. They
    /// are shared by every replica that shares the ring, and follow its rotation.
    pub fn derive_secrets(&self, purpose: &str) -> Vec<[u8; 32]> {
        let mut ids: Vec<&String> = self.keys.keys().collect();
        ids.sort_by_key(|id| (**id != self.current, *id));
        ids.into_iter()
            .filter_map(|id| self.keys.get(id))
            .map(|key| {
                let mut hash = Sha256::new();
                hash.update(b"pecd derived secret v1\n");
                hash.update(purpose.as_bytes());
                hash.update(b"\n");
                hash.update(key);
                hash.finalize().into()
            })
            .collect()
    }

    fn cipher(&self, id: &str) -> Result<Aes256Gcm, BlobError> {
        self.keys
            .get(id)
            .map(Aes256Gcm::new)
            .ok_or_else(|| BlobError::UnknownKey(id.to_owned()))
    }
}

/// An object store whose objects are sealed with a [`KeyRing`].
#[derive(Clone)]
pub struct SealedBlobs {
    store: Arc<dyn ObjectStore>,
    keys: KeyRing,
}

impl SealedBlobs {
    pub fn new(store: Arc<dyn ObjectStore>, keys: KeyRing) -> Self {
        Self { store, keys }
    }

    /// See [`KeyRing::derive_secrets`].
    pub fn derive_secrets(&self, purpose: &str) -> Vec<[u8; 32]> {
        self.keys.derive_secrets(purpose)
    }

    /// Blobs under a local folder, created if missing.
    pub fn local(folder: &std::path::Path, keys: KeyRing) -> Result<Self, BlobError> {
        // Private: 0700 here, and the files 0600 under the process's umask (set in app.rs).
        std::os::unix::fs::DirBuilderExt::mode(std::fs::DirBuilder::new().recursive(true), 0o700)
            .create(folder)
            .map_err(|e| BlobError::Config(format!("cannot create {}: {e}", folder.display())))?;
        let store = LocalFileSystem::new_with_prefix(folder)?;
        Ok(Self::new(Arc::new(store), keys))
    }

    /// Blobs in an S3-compatible bucket, `s3://BUCKET[/PREFIX]`. Credentials, region and
    /// endpoint (for S3-compatible services) come from `options` (object_store's
    /// `AmazonS3ConfigKey` names, e.g. `aws_endpoint`, `aws_allow_http`) over the `AWS_*`
    /// environment variables.
    pub fn s3(url: &str, options: &[(&str, &str)], keys: KeyRing) -> Result<Self, BlobError> {
        let rest = url.strip_prefix("s3://").ok_or_else(|| {
            BlobError::Config(format!("expected s3://bucket[/prefix], got {url}"))
        })?;
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        if bucket.is_empty() {
            return Err(BlobError::Config("the S3 URL names no bucket".to_owned()));
        }
        // Bounded calls: a bucket that stalls fails the request instead of holding it.
        let client = object_store::ClientOptions::new()
            .with_connect_timeout(crate::http_client::CONNECT_TIMEOUT)
            .with_timeout(STORE_TIMEOUT);
        let mut builder = AmazonS3Builder::from_env()
            .with_bucket_name(bucket)
            .with_client_options(client)
            .with_retry(object_store::RetryConfig {
                backoff: object_store::BackoffConfig::default(),
                max_retries: 2,
                retry_timeout: STORE_TIMEOUT,
            });
        for (key, value) in options {
            let key: AmazonS3ConfigKey = key
                .parse()
                .map_err(|e| BlobError::Config(format!("S3 option {key}: {e}")))?;
            builder = builder.with_config(key, *value);
        }
        let store = builder.build()?;
        let prefix = prefix.trim_matches('/');
        Ok(if prefix.is_empty() {
            Self::new(Arc::new(store), keys)
        } else {
            Self::new(Arc::new(PrefixStore::new(store, prefix)), keys)
        })
    }

    /// Encrypts and stores `plaintext` at `path`.
    pub async fn put(&self, path: &str, plaintext: &[u8]) -> Result<StoredBlob, BlobError> {
        let key_id = self.keys.current_id().to_owned();
        let cipher = self.keys.cipher(&key_id)?;
        let nonce = Aes256Gcm::generate_nonce(&mut aes_gcm::aead::OsRng);
        let aad = associated_data(path, &key_id);
        let sealed = cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad: &aad,
                },
            )
            .map_err(|_| BlobError::Corrupted(path.to_owned()))?;
        let mut object = Vec::with_capacity(MAGIC.len() + NONCE_LEN + sealed.len());
        object.extend_from_slice(MAGIC);
        object.extend_from_slice(&nonce);
        object.extend_from_slice(&sealed);
        self.store.put(&Path::from(path), object.into()).await?;
        Ok(StoredBlob {
            path: path.to_owned(),
            key_id,
            sha256: hex::encode(Sha256::digest(plaintext)),
            size: plaintext.len() as u64,
        })
    }

    /// Reads, decrypts and checks a stored blob.
    pub async fn get(&self, blob: &StoredBlob) -> Result<Vec<u8>, BlobError> {
        let object = self
            .store
            .get(&Path::from(blob.path.as_str()))
            .await?
            .bytes()
            .await?;
        let corrupted = || BlobError::Corrupted(blob.path.clone());
        let rest = object.strip_prefix(MAGIC).ok_or_else(corrupted)?;
        if rest.len() < NONCE_LEN {
            return Err(corrupted());
        }
        let (nonce, sealed) = rest.split_at(NONCE_LEN);
        let nonce = <[u8; NONCE_LEN]>::try_from(nonce).map_err(|_| corrupted())?;
        let cipher = self.keys.cipher(&blob.key_id)?;
        let aad = associated_data(&blob.path, &blob.key_id);
        let plaintext = cipher
            .decrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: sealed,
                    aad: &aad,
                },
            )
            .map_err(|_| corrupted())?;
        if hex::encode(Sha256::digest(&plaintext)) != blob.sha256 {
            return Err(BlobError::DigestMismatch(blob.path.clone()));
        }
        Ok(plaintext)
    }

    /// Deletes a blob; deleting one already gone is not an error.
    pub async fn delete(&self, path: &str) -> Result<(), BlobError> {
        match self.store.delete(&Path::from(path)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

fn associated_data(path: &str, key_id: &str) -> Vec<u8> {
    format!("pecd-blob-v1\n{key_id}\n{path}").into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    const K1: &str = "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    const K2: &str = "k2:ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

    fn blobs(dir: &std::path::Path, spec: &str) -> SealedBlobs {
        SealedBlobs::local(dir, KeyRing::parse(spec).expect("keys")).expect("store")
    }

    #[tokio::test]
    async fn round_trip_is_encrypted_on_disk() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = blobs(dir.path(), K1);
        let secret = b"JPEG bytes of an identity document".repeat(100);
        let stored = store.put("changes/abc/front", &secret).await.expect("put");
        assert_eq!(stored.key_id, "k1");
        assert_eq!(stored.size, secret.len() as u64);
        assert_eq!(stored.sha256, hex::encode(Sha256::digest(&secret)));
        let on_disk = std::fs::read(dir.path().join("changes/abc/front")).expect("file");
        assert!(on_disk.starts_with(MAGIC));
        assert!(!on_disk.windows(10).any(|w| w == &secret[..10]));
        assert_eq!(store.get(&stored).await.expect("get"), secret);
        store.delete(&stored.path).await.expect("delete");
        assert!(matches!(store.get(&stored).await, Err(BlobError::Store(_))));
        store
            .delete(&stored.path)
            .await
            .expect("deleting twice is fine");
    }

    #[tokio::test]
    async fn old_blobs_open_after_rotation() {
        let dir = tempfile::tempdir().expect("temp dir");
        let old = blobs(dir.path(), K1).put("a", b"old").await.expect("put");
        let rotated = blobs(dir.path(), &format!("{K2},{K1}"));
        assert_eq!(
            rotated.get(&old).await.expect("old key still opens"),
            b"old"
        );
        let new = rotated.put("b", b"new").await.expect("put");
        assert_eq!(new.key_id, "k2");
        let retired = blobs(dir.path(), K2);
        assert!(matches!(retired.get(&old).await, Err(BlobError::UnknownKey(id)) if id == "k1"));
    }

    #[tokio::test]
    async fn tampering_moving_and_wrong_digests_are_detected() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = blobs(dir.path(), K1);
        let stored = store.put("x/front", b"image").await.expect("put");
        // Moved to another path: the associated data no longer matches.
        std::fs::create_dir_all(dir.path().join("y")).expect("dir");
        std::fs::copy(dir.path().join("x/front"), dir.path().join("y/front")).expect("copy");
        let moved = StoredBlob {
            path: "y/front".to_owned(),
            ..stored.clone()
        };
        assert!(matches!(
            store.get(&moved).await,
            Err(BlobError::Corrupted(_))
        ));
        // One flipped bit fails authentication.
        let file = dir.path().join("x/front");
        let mut bytes = std::fs::read(&file).expect("read");
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        std::fs::write(&file, &bytes).expect("write");
        assert!(matches!(
            store.get(&stored).await,
            Err(BlobError::Corrupted(_))
        ));
        // A digest that does not match what the database recorded.
        let other = store.put("z", b"image").await.expect("put");
        let wrong = StoredBlob {
            sha256: "00".repeat(32),
            ..other
        };
        assert!(matches!(
            store.get(&wrong).await,
            Err(BlobError::DigestMismatch(_))
        ));
    }

    #[test]
    fn key_configuration_is_checked() {
        for bad in [
            "",
            "k1",
            "k1:notbase64!",
            "k1:AAEC",
            "bad id:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        ] {
            assert!(KeyRing::parse(bad).is_err(), "accepted {bad:?}");
        }
        assert!(KeyRing::parse(&format!("{K1},{K1}")).is_err());
        let ring = KeyRing::parse(&format!("{K2}, {K1}")).expect("two keys");
        assert_eq!(ring.current_id(), "k2");
        assert!(
            !format!("{ring:?}").contains("ICEi"),
            "Debug must not print keys"
        );
    }
}
