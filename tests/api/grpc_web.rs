//! gRPC-Web over HTTP/1.1 on the gRPC port, as the PHP client speaks it: replies carry their
//! trailers as a last body frame; errors are trailers-only, with the status details in headers.

use base64::Engine as _;
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use pecd::proto::*;
use prost::Message;
use tonic::Code;
use tonic_types::StatusExt;

use crate::helpers::*;

/// One gRPC-Web unary call: the response headers and the body frames (flag, payload).
async fn call(
    app: &TestApp,
    path: &str,
    key: Option<&str>,
    message: impl Message,
) -> (hyper::HeaderMap, Vec<(u8, Vec<u8>)>) {
    let payload = message.encode_to_vec();
    let mut body = vec![0u8];
    body.extend_from_slice(&u32::try_from(payload.len()).expect("small").to_be_bytes());
    body.extend_from_slice(&payload);
    let mut request = hyper::Request::post(format!("http://{}{path}", app.addr))
        .header("content-type", "application/grpc-web+proto")
        .header("x-grpc-web", "1");
    if let Some(key) = key {
        request = request.header("authorization", format!("Bearer {key}"));
    }
    let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let response = client
        .request(request.body(Full::new(Bytes::from(body))).expect("request"))
        .await
        .expect("HTTP/1.1 round trip");
    assert_eq!(response.version(), hyper::Version::HTTP_11);
    assert_eq!(
        response.status(),
        200,
        "gRPC-Web answers errors with HTTP 200"
    );
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    let mut frames = Vec::new();
    let mut rest = &bytes[..];
    while !rest.is_empty() {
        assert!(rest.len() >= 5, "truncated frame header");
        let len = u32::from_be_bytes(rest[1..5].try_into().expect("4 bytes")) as usize;
        frames.push((rest[0], rest[5..5 + len].to_vec()));
        rest = &rest[5 + len..];
    }
    (headers, frames)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grpc_web_over_http1() {
    let app = spawn_app(Backend::Sqlite).await;
    app.ordine("TO", true).await;

    // A reply: one data frame, then the trailers frame (flag 0x80) with grpc-status 0.
    let (_, frames) = call(
        &app,
        "/pec.v1.RegistryService/GetOrdine",
        Some(&app.admin),
        GetOrdineRequest { code: "TO".into() },
    )
    .await;
    assert_eq!(frames.len(), 2, "data and trailers");
    assert_eq!(frames[0].0, 0);
    let reply = GetOrdineResponse::decode(&frames[0].1[..]).expect("GetOrdineResponse");
    assert_eq!(reply.ordine.expect("ordine").code, "TO");
    assert_eq!(frames[1].0, 0x80);
    let trailers = String::from_utf8(frames[1].1.clone()).expect("text trailers");
    assert!(trailers.contains("grpc-status:0"), "{trailers}");

    // No key: trailers-only, the status in the headers, no body.
    let (headers, frames) = call(
        &app,
        "/pec.v1.RegistryService/GetOrdine",
        None,
        GetOrdineRequest { code: "TO".into() },
    )
    .await;
    assert!(frames.is_empty());
    assert_eq!(
        headers["grpc-status"],
        (Code::Unauthenticated as i32).to_string()
    );

    // Bad input: INVALID_ARGUMENT with the google.rpc.Status details (BadRequest) in a header.
    let (headers, frames) = call(
        &app,
        "/pec.v1.RegistryService/GetMember",
        Some(&app.admin),
        GetMemberRequest {
            codice_fiscale: "RSSMRA80A01H501X".into(),
        },
    )
    .await;
    assert!(frames.is_empty());
    assert_eq!(
        headers["grpc-status"],
        (Code::InvalidArgument as i32).to_string()
    );
    let details = base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(
            headers["grpc-status-details-bin"]
                .to_str()
                .expect("ASCII")
                .trim_end_matches('='),
        )
        .expect("base64 details");
    let status = tonic::Status::with_details(Code::InvalidArgument, "", details.into());
    let bad = status.get_details_bad_request().expect("BadRequest");
    assert_eq!(bad.field_violations[0].field, "codice_fiscale");
}
