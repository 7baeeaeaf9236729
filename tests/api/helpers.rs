//! `spawn_app` and the small vocabulary the tests are written in.

use std::future::Future;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use pecd::app::Application;
use pecd::auth::{Role, keys};
use pecd::config::Settings;
use pecd::db::Db;
use pecd::proto::activation_service_client::ActivationServiceClient;
use pecd::proto::mailbox_service_client::MailboxServiceClient;
use pecd::proto::registry_service_client::RegistryServiceClient;
use pecd::proto::*;
use sea_orm::{ConnectionTrait, Statement};
use tonic::transport::Channel;
use tonic::{Code, Request, Status};
use tonic_types::StatusExt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A running pecd on its own database, with an admin key.
pub struct TestApp {
    pub channel: Channel,
    /// Where the gRPC (and gRPC-Web) server listens.
    pub addr: std::net::SocketAddr,
    pub admin: String,
    pub db: Db,
    pub database_url: String,
    pub backend: Backend,
    /// Where `/metrics` is served, when the settings asked for it.
    pub metrics: Option<std::net::SocketAddr>,
    /// The server's count of calls in flight, which bulk work yields to.
    pub activity: std::sync::Arc<pecd::background::Activity>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    handle: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
    _dir: tempfile::TempDir,
}

/// Runs each listed test body on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($(async fn $name:ident($app:ident : TestApp) $body:block)+) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                async fn body($app: $crate::helpers::TestApp) $body

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    body($crate::helpers::spawn_app($crate::helpers::Backend::Sqlite).await).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    body($crate::helpers::spawn_app($crate::helpers::Backend::Postgres).await).await
                }
            }
        )+
    };
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

/// A fresh database URL for `backend`, and the folder that holds test files.
pub async fn fresh_database(backend: Backend) -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = match backend {
        Backend::Sqlite => format!("sqlite://{}?mode=rwc", dir.path().join("pecd.db").display()),
        Backend::Postgres => {
            let admin_url = std::env::var("PEC_TEST_POSTGRES_URL").expect(
                "PEC_TEST_POSTGRES_URL is not set: the PostgreSQL half of the suite needs a server \
                 (scripts/test starts one); it is never skipped",
            );
            let name = format!("pecd_test_{}", uuid::Uuid::new_v4().simple());
            let admin = Db::connect(&admin_url)
                .await
                .expect("connect to PostgreSQL");
            admin
                .conn()
                .execute_raw(Statement::from_string(
                    sea_orm::DbBackend::Postgres,
                    format!("CREATE DATABASE {name}"),
                ))
                .await
                .expect("create test database");
            admin.close().await;
            let (base, _) = admin_url
                .rsplit_once('/')
                .expect("URL with a database path");
            format!("{base}/{name}")
        }
    };
    (url, dir)
}

pub async fn spawn_app_with(backend: Backend, tweak: impl FnOnce(&mut Settings)) -> TestApp {
    if std::env::var_os("TEST_LOG").is_some() {
        pecd::telemetry::init(false);
    }
    let (url, dir) = fresh_database(backend).await;
    start_app(backend, url, dir, None, tweak).await
}

/// Starts one more `pecd` on the database of `existing` (another replica), with the same admin
/// key.
pub async fn spawn_replica(existing: &TestApp, tweak: impl FnOnce(&mut Settings)) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    start_app(
        existing.backend,
        existing.database_url.clone(),
        dir,
        Some(existing.admin.clone()),
        tweak,
    )
    .await
}

async fn start_app(
    backend: Backend,
    url: String,
    dir: tempfile::TempDir,
    admin: Option<String>,
    tweak: impl FnOnce(&mut Settings),
) -> TestApp {
    let mut settings = Settings::new(url.clone(), PathBuf::from(dir.path()));
    settings.listen = "127.0.0.1:0".parse().expect("address");
    settings.auth_cache_ttl = Duration::ZERO;
    // Tests run in parallel against one PostgreSQL server: keep each pool small.
    settings.db_max_connections = Some(4);
    settings.worker.poll_interval = Duration::from_millis(20);
    settings.worker.backoff_base = Duration::from_millis(50);
    settings.shutdown_grace = Duration::from_secs(5);
    tweak(&mut settings);
    let app = Application::build(settings).await.expect("build app");
    let addr = app.local_addr().expect("bound address");
    let metrics = app.metrics_addr();
    let activity = app.activity();
    let db = app.db().clone();
    let admin = match admin {
        Some(admin) => admin,
        None => {
            keys::create(&db, Role::Admin, "test admin", None)
                .await
                .expect("admin key")
                .secret
        }
    };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let handle = tokio::spawn(app.run_until_stopped(async {
        let _ = stopped.await;
    }));
    let channel = Channel::from_shared(format!("http://{addr}"))
        .expect("endpoint")
        .connect()
        .await
        .expect("connect");
    TestApp {
        channel,
        addr,
        admin,
        db,
        database_url: url,
        backend,
        metrics,
        activity,
        stop: Some(stop),
        handle: Some(handle),
        _dir: dir,
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(handle) = self.handle.take() {
            handle.abort();
        }
    }
}

impl TestApp {
    /// Sends the shutdown signal (as SIGTERM does): the server drains, then stops.
    pub fn shut_down(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }

    /// The app's data folder (SQLite file, outboxes, encrypted blobs and their key).
    pub fn data_dir(&self) -> &std::path::Path {
        self._dir.path()
    }
}

/// Wraps `message` with a bearer key.
pub fn authed<T>(key: &str, message: T) -> Request<T> {
    let mut request = Request::new(message);
    request.metadata_mut().insert(
        "authorization",
        format!("Bearer {key}").parse().expect("header value"),
    );
    request
}

impl TestApp {
    pub fn registry(&self) -> RegistryServiceClient<Channel> {
        RegistryServiceClient::new(self.channel.clone())
    }

    pub fn activation(&self) -> ActivationServiceClient<Channel> {
        ActivationServiceClient::new(self.channel.clone())
    }

    pub fn mailboxes(&self) -> MailboxServiceClient<Channel> {
        MailboxServiceClient::new(self.channel.clone())
    }

    pub async fn key(&self, role: Role, ordine: Option<&str>) -> String {
        keys::create(&self.db, role, &format!("test {role}"), ordine)
            .await
            .expect("create key")
            .secret
    }

    /// Creates an Ordine that adheres to the convention (or not).
    pub async fn ordine(&self, code: &str, adheres: bool) -> Ordine {
        self.registry()
            .create_ordine(authed(
                &self.admin,
                CreateOrdineRequest {
                    request_id: String::new(),
                    ordine: Some(Ordine {
                        code: code.to_owned(),
                        name: format!("Ordine TSRM e PSTRP di {code}"),
                        pec_address: format!("ordine.{}@pec.tsrm.org", code.to_lowercase()),
                        adheres_to_convention: adheres,
                        convention_since: if adheres {
                            "2024-01-01".to_owned()
                        } else {
                            String::new()
                        },
                        ..Default::default()
                    }),
                },
            ))
            .await
            .expect("create Ordine")
            .into_inner()
            .ordine
            .expect("ordine")
    }

    pub async fn upsert(&self, member: Member) -> Member {
        self.registry()
            .upsert_member(authed(
                &self.admin,
                UpsertMemberRequest {
                    request_id: String::new(),
                    member: Some(member),
                },
            ))
            .await
            .expect("upsert member")
            .into_inner()
            .member
            .expect("member")
    }

    /// Requests a mailbox as admin and waits until it is offered to the member.
    pub async fn offered_mailbox(&self, codice_fiscale: &str) -> ActivationRequest {
        let created = self
            .activation()
            .create_activation_request(authed(
                &self.admin,
                CreateActivationRequestRequest {
                    codice_fiscale: codice_fiscale.to_owned(),
                    ..Default::default()
                },
            ))
            .await
            .expect("create activation request")
            .into_inner()
            .activation_request
            .expect("request");
        self.wait_for_request_state(&created.id, ActivationState::DaAccettare)
            .await
    }

    /// Requests, waits for the offer and accepts it: an ATTIVO mailbox.
    pub async fn active_mailbox(&self, codice_fiscale: &str) -> Mailbox {
        let offered = self.offered_mailbox(codice_fiscale).await;
        self.activation()
            .accept_assignment(authed(
                &self.admin,
                AcceptAssignmentRequest {
                    activation_request_id: offered.id,
                    codice_fiscale: codice_fiscale.to_owned(),
                },
            ))
            .await
            .expect("accept")
            .into_inner()
            .mailbox
            .expect("mailbox")
    }

    pub async fn get_request(&self, id: &str) -> ActivationRequest {
        self.activation()
            .get_activation_request(authed(
                &self.admin,
                GetActivationRequestRequest { id: id.to_owned() },
            ))
            .await
            .expect("get request")
            .into_inner()
            .activation_request
            .expect("request")
    }

    pub async fn wait_for_request_state(
        &self,
        id: &str,
        state: ActivationState,
    ) -> ActivationRequest {
        eventually(|| async {
            let request = self.get_request(id).await;
            (request.state == state as i32).then_some(request)
        })
        .await
    }

    pub async fn get_mailbox(&self, address: &str) -> Mailbox {
        self.mailboxes()
            .get_mailbox(authed(
                &self.admin,
                GetMailboxRequest {
                    address: address.to_owned(),
                },
            ))
            .await
            .expect("get mailbox")
            .into_inner()
            .mailbox
            .expect("mailbox")
    }

    /// A single value read with raw SQL, for checks the API does not expose (audit, provider).
    pub async fn scalar_i64(&self, sql: &str) -> i64 {
        let sql = match self.backend {
            Backend::Sqlite => sql.to_owned(),
            Backend::Postgres => sql.replace("COUNT(*)", "COUNT(*)::BIGINT"),
        };
        let row = self
            .db
            .conn()
            .query_one_raw(Statement::from_string(self.db.backend(), sql))
            .await
            .expect("query")
            .expect("a row");
        row.try_get_by_index::<i64>(0).expect("integer")
    }

    pub async fn scalar_text(&self, sql: &str) -> Option<String> {
        let row = self
            .db
            .conn()
            .query_one_raw(Statement::from_string(self.db.backend(), sql.to_owned()))
            .await
            .expect("query")?;
        row.try_get_by_index::<Option<String>>(0).expect("text")
    }

    pub async fn execute(&self, sql: &str) {
        self.db
            .conn()
            .execute_raw(Statement::from_string(self.db.backend(), sql.to_owned()))
            .await
            .expect("execute");
    }
}

/// Polls `check` until it yields a value (10 s at most).
pub async fn eventually<T, F, Fut>(mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(Instant::now() < deadline, "condition not met within 10 s");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// A valid member of `ordine` with the given names and codice fiscale.
pub fn member(codice_fiscale: &str, given: &str, family: &str, ordine: &str) -> Member {
    Member {
        codice_fiscale: codice_fiscale.to_owned(),
        given_name: given.to_owned(),
        family_name: family.to_owned(),
        ordine_code: ordine.to_owned(),
        albo: Albo::TecnicoSanitarioRadiologiaMedica as i32,
        registration_number: "1234".to_owned(),
        personal_email: format!("{}@example.it", codice_fiscale.to_lowercase()),
        mobile_number: String::new(),
        partita_iva: String::new(),
        register_status: RegisterStatus::Active as i32,
        ..Default::default()
    }
}

/// A valid, unique codice fiscale for `given family`, varied by `n`.
pub fn cf(family: &str, given: &str, n: u32) -> String {
    let day = u8::try_from(n % 28 + 1).expect("day");
    let month = u8::try_from((n / 28) % 12 + 1).expect("month");
    let year = 1950 + u16::try_from((n / 336) % 50).expect("year");
    pecd::domain::codice_fiscale::generate(family, given, year, month, day, false, "H501")
        .expect("valid codice fiscale")
        .as_str()
        .to_owned()
}

/// Asserts a status code and the `ErrorInfo` reason.
pub fn assert_status(status: &Status, code: Code, reason: &str) {
    assert_eq!(status.code(), code, "unexpected status: {status:?}");
    let details = status.get_error_details();
    let info = details
        .error_info()
        .unwrap_or_else(|| panic!("no ErrorInfo in {status:?}"));
    assert_eq!(info.reason, reason, "unexpected reason in {status:?}");
    assert_eq!(info.domain, "pec.tsrm-pstrp.org");
    let localized = details
        .localized_message()
        .unwrap_or_else(|| panic!("no LocalizedMessage in {status:?}"));
    assert_eq!(localized.locale, "it-IT");
    assert!(!localized.message.is_empty());
}

/// The fields named by the `BadRequest` detail of an INVALID_ARGUMENT status.
pub fn bad_fields(status: &Status) -> Vec<String> {
    assert_status(status, Code::InvalidArgument, "INVALID_FIELDS");
    status
        .get_error_details()
        .bad_request()
        .expect("BadRequest detail")
        .field_violations
        .iter()
        .map(|v| v.field.clone())
        .collect()
}
