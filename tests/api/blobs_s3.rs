//! Identity images in an S3-compatible bucket. A real S3 API server (moto, installed from PyPI
//! by scripts/test) on a loopback port stands in for the cloud store we cannot reach here.

use std::process::Stdio;
use std::time::Duration;

use object_store::ObjectStore;
use object_store::aws::AmazonS3Builder;
use object_store::path::Path;
use pecd::blobs::{KeyRing, SealedBlobs};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Sends one bodiless HTTP/1.1 request; returns the status code.
async fn http(port: u16, method: &str, path: &str) -> u16 {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect");
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.expect("read");
    let head_end = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("headers");
    let head = String::from_utf8_lossy(&response[..head_end]).to_string();
    head.split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sealed_blobs_round_trip_through_an_s3_compatible_server() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let python = std::env::var("PEC_TEST_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let _server = tokio::process::Command::new(python)
        .args([
            "-m",
            "moto.server",
            "-H",
            "127.0.0.1",
            "-p",
            &port.to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start moto (scripts/test installs moto[server] from PyPI)");
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the S3 server did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(http(port, "PUT", "/pec-images").await, 200, "create bucket");

    let keys = KeyRing::parse("k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=").expect("keys");
    let endpoint = format!("http://127.0.0.1:{port}");
    let blobs = SealedBlobs::s3(
        "s3://pec-images/identity",
        &[
            ("aws_endpoint", endpoint.as_str()),
            ("aws_allow_http", "true"),
            ("aws_access_key_id", "test"),
            ("aws_secret_access_key", "test"),
            ("aws_region", "eu-south-1"),
        ],
        keys,
    )
    .expect("S3 store");

    let image = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/id-documents/front.jpg"
    ))
    .expect("fixture");
    let stored = blobs
        .put("contact-changes/c1/front.jpg", &image)
        .await
        .expect("put");
    assert_eq!(stored.key_id, "k1");
    assert_eq!(blobs.get(&stored).await.expect("get"), image);

    // In the bucket, under the prefix, the object is sealed: header, no JPEG bytes.
    let raw_store = AmazonS3Builder::new()
        .with_bucket_name("pec-images")
        .with_endpoint(&endpoint)
        .with_allow_http(true)
        .with_access_key_id("test")
        .with_secret_access_key("test")
        .with_region("eu-south-1")
        .build()
        .expect("raw store");
    let object = Path::from("identity/contact-changes/c1/front.jpg");
    let raw = raw_store
        .get(&object)
        .await
        .expect("object under the prefix")
        .bytes()
        .await
        .expect("bytes");
    assert!(raw.starts_with(b"PECB1"), "sealed object");
    assert!(
        !raw.windows(64).any(|w| w == &image[200..264]),
        "no plaintext at rest"
    );

    blobs.delete(&stored.path).await.expect("delete");
    assert!(blobs.get(&stored).await.is_err(), "deleted");
    assert!(matches!(
        raw_store.head(&object).await,
        Err(object_store::Error::NotFound { .. })
    ));
}
