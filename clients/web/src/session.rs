//! Server-side sessions: the browser holds only a random id in an HttpOnly cookie; the wizard's
//! change id and secret and an operator's key stay here, in memory, and die with the session.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::HeaderMap;
use axum::http::header::COOKIE;
use rand::RngCore;
use subtle::ConstantTimeEq;

/// At most this many live sessions, so a flood of visitors cannot exhaust memory.
const MAX_SESSIONS: usize = 100_000;

/// The member's session cookie (SameSite=Lax: a member arriving from an emailed link keeps it).
pub const MEMBER_COOKIE: &str = "pec_sessione";
/// The operator's session cookie (SameSite=Strict, path /revisione).
pub const REVIEW_COOKIE: &str = "pec_revisione";

/// The contact change a member is filling in.
#[derive(Clone, Default)]
pub struct Wizard {
    pub change_id: String,
    pub change_secret: String,
    pub mailbox_address: String,
    /// Where the email code went, masked, once sent.
    pub masked_email: String,
    /// Where the SMS code went, masked, once sent.
    pub masked_mobile: String,
}

/// A one-time message for the next page: news, or a refusal to show in the error summary.
#[derive(Clone, Debug)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

/// What one session holds.
#[derive(Clone)]
pub struct Session {
    /// The token every form of this session carries.
    pub csrf: String,
    pub wizard: Option<Wizard>,
    /// An operator's pecd key, once signed in to the review console.
    pub operator_key: Option<String>,
    /// A one-time notice for the next page (e.g. "Nuovo codice inviato").
    pub notice: Option<Notice>,
    last_seen: Instant,
}

/// All live sessions.
#[derive(Clone)]
pub struct Sessions {
    inner: Arc<Mutex<HashMap<String, Session>>>,
    idle: Duration,
}

/// A random 256-bit value as hex.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Constant-time comparison of two tokens.
pub fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

impl Sessions {
    pub fn new(idle: Duration) -> Self {
        Self {
            inner: Arc::new(Mutex::new(HashMap::new())),
            idle,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Session>> {
        // A poisoned lock only means another request panicked mid-update of a plain map.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The session named by the cookie `name`, if it is live.
    pub fn get(&self, headers: &HeaderMap, name: &str) -> Option<(String, Session)> {
        let id = cookie(headers, name)?;
        let mut map = self.lock();
        let now = Instant::now();
        let session = map.get_mut(&id)?;
        if now.duration_since(session.last_seen) > self.idle {
            map.remove(&id);
            return None;
        }
        session.last_seen = now;
        Some((id, session.clone()))
    }

    /// A new empty session; `None` when the store is full even after dropping idle ones.
    pub fn create(&self) -> Option<(String, Session)> {
        let mut map = self.lock();
        if map.len() >= MAX_SESSIONS {
            let idle = self.idle;
            map.retain(|_, s| s.last_seen.elapsed() <= idle);
            if map.len() >= MAX_SESSIONS {
                return None;
            }
        }
        let id = random_token();
        let session = Session {
            csrf: random_token(),
            wizard: None,
            operator_key: None,
            notice: None,
            last_seen: Instant::now(),
        };
        map.insert(id.clone(), session.clone());
        Some((id, session))
    }

    /// Changes a live session in place.
    pub fn update(&self, id: &str, change: impl FnOnce(&mut Session)) {
        if let Some(session) = self.lock().get_mut(id) {
            change(session);
        }
    }

    /// Takes the one-time notice of a session.
    pub fn take_notice(&self, id: &str) -> Option<Notice> {
        self.lock().get_mut(id).and_then(|s| s.notice.take())
    }

    /// Ends a session (sign-out, or a finished wizard).
    pub fn remove(&self, id: &str) {
        self.lock().remove(id);
    }

    /// Drops idle sessions; called now and then.
    pub fn sweep(&self) {
        let idle = self.idle;
        self.lock().retain(|_, s| s.last_seen.elapsed() <= idle);
    }
}

/// The value of cookie `name` in the request, if well formed (64 hex digits).
fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, v)| *k == name && v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(|(_, v)| v.to_owned())
}

/// The `Set-Cookie` value of a session cookie.
pub fn set_cookie(name: &str, id: &str, secure: bool) -> String {
    let (path, same_site) = if name == REVIEW_COOKIE {
        ("/revisione", "Strict")
    } else {
        ("/", "Lax")
    };
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}={id}; Path={path}; HttpOnly; SameSite={same_site}{secure}")
}

/// The `Set-Cookie` value that deletes a session cookie.
pub fn clear_cookie(name: &str, secure: bool) -> String {
    format!("{}; Max-Age=0", set_cookie(name, "", secure))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn a_session_is_found_by_its_cookie_and_only_by_it() {
        let sessions = Sessions::new(Duration::from_secs(60));
        let (id, created) = sessions.create().expect("room for a session");
        let mut headers = HeaderMap::new();
        headers.insert(
            COOKIE,
            HeaderValue::from_str(&format!("a=b; {MEMBER_COOKIE}={id}")).expect("header"),
        );
        let (found, session) = sessions.get(&headers, MEMBER_COOKIE).expect("live session");
        assert_eq!(found, id);
        assert!(same_token(&session.csrf, &created.csrf));
        assert!(sessions.get(&headers, REVIEW_COOKIE).is_none());
        sessions.remove(&id);
        assert!(sessions.get(&headers, MEMBER_COOKIE).is_none());
    }

    #[test]
    fn an_idle_session_is_gone() {
        let sessions = Sessions::new(Duration::ZERO);
        let (id, _) = sessions.create().expect("room for a session");
        std::thread::sleep(Duration::from_millis(5));
        let mut headers = HeaderMap::new();
        headers.insert(
            COOKIE,
            HeaderValue::from_str(&format!("{MEMBER_COOKIE}={id}")).expect("header"),
        );
        assert!(sessions.get(&headers, MEMBER_COOKIE).is_none());
    }

    #[test]
    fn review_cookies_are_strict_and_scoped_member_cookies_lax() {
        assert_eq!(
            set_cookie(REVIEW_COOKIE, "x", true),
            "pec_revisione=x; Path=/revisione; HttpOnly; SameSite=Strict; Secure"
        );
        assert_eq!(
            set_cookie(MEMBER_COOKIE, "x", false),
            "pec_sessione=x; Path=/; HttpOnly; SameSite=Lax"
        );
    }
}
