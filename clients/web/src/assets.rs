//! Static files: Bootstrap Italia's dist (CSS, fonts, icons, the JS bundle) from
//! `node_modules`, under a path that names its version so browsers may keep them for a year;
//! and this front end's own small stylesheet and script, compiled in.

use std::path::{Component, Path, PathBuf};

use axum::extract::{Path as UrlPath, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::app::AppState;

const OWN_CSS: &str = include_str!("../static/pec-web.css");
const OWN_JS: &str = include_str!("../static/pec-web.js");
const LONG_CACHE: &str = "public, max-age=31536000, immutable";

/// Where Bootstrap Italia is and the URL prefix that carries its version.
#[derive(Clone)]
pub struct Assets {
    dist: PathBuf,
    /// e.g. `/assets/bootstrap-italia-2.18.3`.
    pub prefix: String,
    /// The `@font-face` rules (Bootstrap Italia's loader injects them with a script, which the
    /// CSP forbids, so they are served as a stylesheet).
    fonts_css: String,
}

impl Assets {
    /// Finds `bootstrap-italia` under `node_modules` (run `npm ci` in clients/web first).
    pub fn load(node_modules: &Path) -> anyhow::Result<Self> {
        let package = node_modules.join("bootstrap-italia");
        let manifest = std::fs::read_to_string(package.join("package.json")).map_err(|e| {
            anyhow::anyhow!(
                "bootstrap-italia not found under {} ({e}): run `npm ci` in clients/web",
                node_modules.display()
            )
        })?;
        let manifest: serde_json::Value = serde_json::from_str(&manifest)?;
        let version = manifest
            .get("version")
            .and_then(|v| v.as_str())
            .filter(|v| {
                v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
            })
            .ok_or_else(|| {
                anyhow::anyhow!("bootstrap-italia's package.json has no usable version")
            })?;
        let prefix = format!("/assets/bootstrap-italia-{version}");
        let mut fonts_css = String::new();
        for (weight, file) in [
            ("300", "300"),
            ("400", "regular"),
            ("600", "600"),
            ("700", "700"),
        ] {
            fonts_css.push_str(&format!(
                "@font-face{{font-family:'Titillium Web';font-style:normal;font-weight:{weight};font-display:swap;\
                 src:url('{prefix}/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-{file}.woff2') format('woff2')}}\n"
            ));
        }
        Ok(Self {
            dist: package.join("dist"),
            prefix,
            fonts_css,
        })
    }
}

fn typed(body: impl IntoResponse, content_type: &'static str, cache: &'static str) -> Response {
    let mut response = body.into_response();
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

/// `GET /assets/pec-web.css`, `/assets/pec-web.js`, `/assets/fonts.css`: short cache, as they
/// change with this binary.
pub async fn own(State(state): State<AppState>, UrlPath(name): UrlPath<String>) -> Response {
    const SHORT: &str = "public, max-age=3600";
    match name.as_str() {
        "pec-web.css" => typed(OWN_CSS, "text/css; charset=utf-8", SHORT),
        "pec-web.js" => typed(OWN_JS, "text/javascript; charset=utf-8", SHORT),
        "fonts.css" => typed(
            state.assets.fonts_css.clone(),
            "text/css; charset=utf-8",
            SHORT,
        ),
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

/// `GET /assets/bootstrap-italia-VERSION/{css,fonts,js,svg}/…`: files of the dist folder.
pub async fn bootstrap_italia(
    State(state): State<AppState>,
    UrlPath((version, path)): UrlPath<(String, String)>,
) -> Response {
    if format!("/assets/{version}") != state.assets.prefix {
        return StatusCode::NOT_FOUND.into_response();
    }
    let relative = Path::new(&path);
    let allowed_root = matches!(
        relative.components().next(),
        Some(Component::Normal(root)) if ["css", "fonts", "js", "svg"].iter().any(|r| root == *r)
    );
    if !allowed_root
        || relative
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
    {
        return StatusCode::NOT_FOUND.into_response();
    }
    let content_type = match relative.extension().and_then(|e| e.to_str()) {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("ttf") => "font/ttf",
        Some("map") => "application/json",
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    match tokio::fs::read(state.assets.dist.join(relative)).await {
        Ok(bytes) => typed(bytes, content_type, LONG_CACHE),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}
