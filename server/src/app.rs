//! `Application::build` opens the database, applies migrations and binds the listener (port 0
//! in tests); `run_until_stopped` serves gRPC and runs the workers side by side until the
//! shutdown signal, then drains in-flight calls and lets workers finish their current job.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tonic::transport::Server;

use crate::api::{
    AppState, activation::ActivationApi, contact::ContactChangeApi, mailbox::MailboxApi,
    notification::NotificationApi, password::PasswordApi, registry::RegistryApi, review::ReviewApi,
};
use crate::auth::KeyStore;
use crate::config::Settings;
use crate::db::{Db, now_ms};
use crate::entities::{idempotency_record, job};
use crate::jobs::Pool;
use crate::notify::{
    EmailSender, FileEmailSender, FileSmsSender, HttpSmsSender, Senders, SmsSender, SmtpEmailSender,
};
use crate::proto::audit_service_server::AuditServiceServer;
use crate::proto::ini_pec_service_server::IniPecServiceServer;
use crate::proto::{
    self, activation_service_server::ActivationServiceServer,
    contact_change_service_server::ContactChangeServiceServer,
    mailbox_service_server::MailboxServiceServer,
    notification_service_server::NotificationServiceServer,
    password_service_server::PasswordServiceServer, registry_service_server::RegistryServiceServer,
    review_service_server::ReviewServiceServer,
};
use crate::provider::{BuiltinProvider, MailboxProvider};
use crate::worker::{LinkSettings, Worker};
use crate::{api::events::EventApi, proto::event_service_server::EventServiceServer};

/// How often expired idempotency records and old finished jobs are deleted.
const SWEEP_INTERVAL: Duration = Duration::from_secs(3600);
/// Finished jobs are kept this long for inspection.
const DONE_JOB_RETENTION_MS: i64 = 7 * 24 * 3600 * 1000;

pub struct Application {
    settings: Arc<Settings>,
    db: Db,
    listener: TcpListener,
    metrics_listener: Option<TcpListener>,
    provider: Arc<dyn MailboxProvider>,
    senders: Arc<Senders>,
    /// The calls in flight, which bulk work yields to.
    activity: Arc<crate::background::Activity>,
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        private_files(&settings.data_dir)?;
        if let Some(path) = &settings.test_clock_file {
            let offset = crate::db::clock::load(path)
                .with_context(|| format!("cannot read the test clock {}", path.display()))?;
            tracing::warn!(
                file = %path.display(),
                offset_ms = offset,
                "TEST CLOCK ON (PEC_TEST_CLOCK_FILE): time follows a file; never in production"
            );
        }
        let db = Db::connect_with(&settings.database_url, settings.db_max_connections).await?;
        db.migrate().await?;
        let listener = TcpListener::bind(settings.listen)
            .await
            .with_context(|| format!("cannot listen on {}", settings.listen))?;
        let metrics_listener = match settings.metrics_listen {
            Some(addr) => Some(
                TcpListener::bind(addr)
                    .await
                    .with_context(|| format!("cannot listen for metrics on {addr}"))?,
            ),
            None => None,
        };
        let provider: Arc<dyn MailboxProvider> = Arc::new(BuiltinProvider::new(db.clone()));
        let from: lettre::message::Mailbox = settings
            .mail_from
            .parse()
            .with_context(|| format!("invalid sender address {:?}", settings.mail_from))?;
        let email: Arc<dyn EmailSender> = match &settings.smtp_url {
            Some(url) => Arc::new(SmtpEmailSender::new(url, from)?),
            None => Arc::new(FileEmailSender::new(settings.email_outbox_dir(), from)),
        };
        let sms: Arc<dyn SmsSender> = match &settings.sms_gateway_url {
            Some(url) => Arc::new(HttpSmsSender::new(url, settings.sms_gateway_token.clone())?),
            None => Arc::new(FileSmsSender::new(settings.sms_outbox_dir())),
        };
        let send_timeout = settings.worker.send_timeout;
        Ok(Self {
            settings: Arc::new(settings),
            db,
            listener,
            metrics_listener,
            provider,
            senders: Arc::new(Senders {
                email,
                sms,
                timeout: send_timeout,
            }),
            activity: Arc::default(),
        })
    }

    /// The calls in flight as bulk work sees them (for tests).
    pub fn activity(&self) -> Arc<crate::background::Activity> {
        Arc::clone(&self.activity)
    }

    /// The bound address (useful when the port was 0).
    pub fn local_addr(&self) -> anyhow::Result<SocketAddr> {
        Ok(self.listener.local_addr()?)
    }

    /// The bound address of `/metrics`, if served.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics_listener
            .as_ref()
            .and_then(|l| l.local_addr().ok())
    }

    pub fn port(&self) -> anyhow::Result<u16> {
        Ok(self.local_addr()?.port())
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Serves until `shutdown` completes.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let Application {
            settings,
            db,
            listener,
            metrics_listener,
            provider,
            senders,
            activity,
        } = self;
        let blobs = Arc::new(blob_store(&settings)?);
        let (feed_draining, feed_draining_rx) = watch::channel(false);
        let feed =
            crate::events::feed::Feed::new(db.clone(), settings.events.clone(), feed_draining_rx);
        let state = Arc::new(AppState {
            db: db.clone(),
            settings: settings.clone(),
            keys: KeyStore::new(db.clone(), settings.auth_cache_ttl),
            pages: crate::api::paging::PageTokens::from_blob_keys(&blobs),
            blobs,
            captcha: captcha(&settings)?,
            security: Arc::new(crate::security_log::SecurityLog::new()),
            feed: feed.clone(),
            activity: activity.clone(),
        });

        let (health_reporter, health_service) = tonic_health::server::health_reporter();
        health_reporter
            .set_serving::<RegistryServiceServer<RegistryApi>>()
            .await;
        health_reporter
            .set_serving::<ActivationServiceServer<ActivationApi>>()
            .await;
        health_reporter
            .set_serving::<MailboxServiceServer<MailboxApi>>()
            .await;
        health_reporter
            .set_serving::<ContactChangeServiceServer<ContactChangeApi>>()
            .await;
        health_reporter
            .set_serving::<ReviewServiceServer<ReviewApi>>()
            .await;
        health_reporter
            .set_serving::<NotificationServiceServer<NotificationApi>>()
            .await;
        health_reporter
            .set_serving::<PasswordServiceServer<PasswordApi>>()
            .await;
        health_reporter
            .set_serving::<IniPecServiceServer<crate::api::ini_pec::IniPecApi>>()
            .await;
        health_reporter
            .set_serving::<AuditServiceServer<crate::api::audit::AuditApi>>()
            .await;
        health_reporter
            .set_serving::<EventServiceServer<EventApi>>()
            .await;
        // Served as v1 and v1alpha so that every grpcurl, Postman or evans works; the
        // google.rpc types let them decode our error details.
        let descriptors = [
            proto::FILE_DESCRIPTOR_SET,
            tonic_health::pb::FILE_DESCRIPTOR_SET,
            tonic_types::pb::FILE_DESCRIPTOR_SET,
        ];
        let reflection = || {
            descriptors
                .iter()
                .fold(tonic_reflection::server::Builder::configure(), |b, set| {
                    b.register_encoded_file_descriptor_set(set)
                })
        };
        let reflection_v1 = reflection().build_v1()?;
        let reflection_v1alpha = reflection().build_v1alpha()?;

        let (stop_tx, stop_rx) = watch::channel(false);
        let mut tasks = tokio::task::JoinSet::new();
        let metrics = Arc::new(
            crate::metrics::Metrics::new(crate::metrics::StateNames {
                under_review: crate::contact::ChangeState::UnderReview.as_str(),
                ceiling_crossed: crate::self_service::CEILING_CROSSED,
            })
            .with_activity(activity),
        );
        // Every replica tails the feed for its own watchers.
        tasks.spawn(feed.tail(stop_rx.clone()));
        if settings.run_workers {
            // Two pools: a stalled mail or SMS transport holds only the notification workers.
            let pools = [
                (Pool::Provisioning, settings.worker.workers),
                (Pool::Notifications, settings.worker.notification_workers),
            ];
            for (pool, count) in pools {
                for _ in 0..count.max(1) {
                    let worker = Worker::new(
                        db.clone(),
                        provider.clone(),
                        senders.clone(),
                        settings.worker.clone(),
                        pool,
                        metrics.clone(),
                        LinkSettings {
                            passwords: settings.password.clone(),
                            contact: settings.contact.clone(),
                        },
                    )
                    .with_assignments(settings.assignments.clone());
                    tasks.spawn(worker.run(stop_rx.clone()));
                }
            }
            tasks.spawn(sweep(
                db.clone(),
                state.blobs.clone(),
                settings.clone(),
                stop_rx.clone(),
            ));
            tasks.spawn(crate::worker::assignment_sweeps(
                db.clone(),
                settings.assignments.clone(),
                stop_rx.clone(),
            ));
        }
        if let Some(path) = settings.test_clock_file.clone() {
            tasks.spawn(crate::db::clock::follow(path, stop_rx.clone()));
        }
        {
            let state = state.clone();
            let stop = stop_rx.clone();
            let interval = settings.key_usage_interval;
            tasks.spawn(async move { state.keys.run_usage_flush(interval, stop).await });
        }
        tasks.spawn(state.security.clone().run(
            db.clone(),
            settings.audit.security_window,
            stop_rx.clone(),
        ));
        if let Some(metrics_listener) = metrics_listener {
            tracing::info!(addr = %metrics_listener.local_addr()?, "metrics at GET /metrics");
            tasks.spawn(crate::metrics::serve(
                metrics_listener,
                db.clone(),
                metrics.clone(),
                stop_rx.clone(),
            ));
        }

        let addr = listener.local_addr()?;
        // What this process uses, in one line an operator can check at a glance (no secret:
        // the database and SMTP URLs are shown without their credentials).
        tracing::info!(
            %addr,
            database = %crate::db::describe_url(&settings.database_url),
            data_dir = %settings.data_dir.display(),
            email = %settings.smtp_url.as_deref().map_or_else(
                || format!("files in {}", settings.email_outbox_dir().display()),
                |url| format!("SMTP {}", crate::db::without_credentials(url)),
            ),
            sms = %settings.sms_gateway_url.as_deref().map_or_else(
                || format!("files in {}", settings.sms_outbox_dir().display()),
                |url| format!("gateway {}", crate::db::without_credentials(url)),
            ),
            tls = settings.tls.is_some(),
            metrics = ?settings.metrics_listen,
            "pecd listening"
        );
        if let Some(limit) = crate::api::transport::raise_open_files_limit() {
            tracing::info!(limit, "open-files limit");
        }
        let mut shutdown_rx = stop_rx.clone();
        let (draining_tx, mut draining_rx) = watch::channel(false);
        let signal = async move {
            tokio::select! {
                () = shutdown => {}
                _ = shutdown_rx.changed() => {}
            }
            tracing::info!("shutting down: draining in-flight calls");
            let _ = draining_tx.send(true);
            // Watches never end on their own: they end now, and clients resume elsewhere.
            let _ = feed_draining.send(true);
        };
        let t = &settings.transport;
        let (kill_tx, kill_rx) = watch::channel(false);
        let tls = match &settings.tls {
            Some(tls) => {
                let cert = crate::api::transport::ReloadingCert::load(&tls.cert, &tls.key)?;
                let acceptor = crate::api::transport::tls_acceptor(tls, cert.clone())?;
                tasks.spawn(crate::api::transport::watch_certificate(
                    cert,
                    tls.reload_interval,
                    stop_rx.clone(),
                ));
                tracing::info!(mutual = tls.client_ca.is_some(), "TLS on the gRPC port");
                Some((acceptor, tls.handshake_timeout))
            }
            None => None,
        };
        let incoming = crate::api::transport::incoming(listener, t, tls, kill_rx);
        let small = t.max_message_bytes;
        let batch = t.max_batch_message_bytes;
        // HTTP/1.1 and the gRPC-Web layer let clients without HTTP/2 trailers (PHP over curl,
        // browsers) call every service on the same port; native gRPC is untouched by the layer.
        let server = Server::builder()
            .accept_http1(true)
            .max_concurrent_streams(t.max_concurrent_streams)
            .http2_max_pending_accept_reset_streams(Some(t.max_pending_accept_reset_streams))
            .http2_max_local_error_reset_streams(Some(t.max_local_error_reset_streams))
            .http2_keepalive_interval(Some(t.keepalive_interval))
            .http2_keepalive_timeout(Some(t.keepalive_timeout))
            .max_connection_age(t.max_connection_age)
            .max_connection_age_grace(settings.shutdown_grace)
            // The gRPC-Web layer is outside the gate: the gate sees (and times) every call's
            // body, translated or native. The per-call layer sits between them: it sees native
            // gRPC status trailers for both, and the calls the gate sheds or refuses.
            .layer(tonic_web::GrpcWebLayer::new())
            .layer(crate::api::calls::CallLayer::new(metrics.clone()))
            .layer(crate::api::transport::GateLayer::new(state.clone(), t))
            .add_service(health_service)
            .add_service(reflection_v1)
            .add_service(reflection_v1alpha)
            // Batches and image chunks get the larger decode limit, every other call the small.
            .add_service(
                RegistryServiceServer::new(RegistryApi::new(state.clone()))
                    .max_decoding_message_size(batch),
            )
            .add_service(
                ActivationServiceServer::new(ActivationApi::new(state.clone()))
                    .max_decoding_message_size(batch),
            )
            .add_service(
                MailboxServiceServer::new(MailboxApi::new(state.clone()))
                    .max_decoding_message_size(small),
            )
            .add_service(
                NotificationServiceServer::new(NotificationApi::new(state.clone()))
                    .max_decoding_message_size(small),
            )
            .add_service(
                PasswordServiceServer::new(PasswordApi::new(state.clone()))
                    .max_decoding_message_size(small),
            )
            .add_service(
                ContactChangeServiceServer::new(ContactChangeApi::new(state.clone()))
                    .max_decoding_message_size(batch),
            )
            .add_service(
                ReviewServiceServer::new(ReviewApi::new(state.clone()))
                    .max_decoding_message_size(small),
            )
            .add_service(
                IniPecServiceServer::new(crate::api::ini_pec::IniPecApi::new(state.clone()))
                    .max_decoding_message_size(small),
            )
            .add_service(
                AuditServiceServer::new(crate::api::audit::AuditApi::new(state.clone()))
                    .max_decoding_message_size(small),
            )
            .add_service(
                EventServiceServer::new(EventApi::new(state.clone()))
                    .max_decoding_message_size(small),
            )
            .serve_with_incoming_shutdown(incoming, signal);

        // The drain is bounded: once the grace is over, connections still open are cut.
        let grace = settings.shutdown_grace;
        let mut server = std::pin::pin!(server);
        let result = tokio::select! {
            result = &mut server => result,
            () = async {
                if draining_rx.wait_for(|d| *d).await.is_ok() {
                    tokio::time::sleep(grace).await;
                } else {
                    std::future::pending::<()>().await;
                }
            } => {
                tracing::warn!("calls still in flight after {grace:?}; closing their connections");
                let _ = kill_tx.send(true);
                // The cut connections end at once; the server then returns.
                match tokio::time::timeout(Duration::from_secs(2), &mut server).await {
                    Ok(result) => result,
                    Err(_) => Ok(()),
                }
            }
        };
        let _ = stop_tx.send(true);
        // Workers finish the job in hand; a job cut short is retried after its lease.
        if tokio::time::timeout(grace, async { while tasks.join_next().await.is_some() {} })
            .await
            .is_err()
        {
            tracing::warn!("workers did not stop within {grace:?}; abandoning them");
            tasks.abort_all();
        }
        db.close().await;
        result.context("gRPC server failed")
    }
}

/// Deletes expired idempotency records and old finished jobs, hourly.
async fn sweep(
    db: Db,
    blobs: Arc<crate::blobs::SealedBlobs>,
    settings: Arc<Settings>,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        let now = now_ms();
        let result = async {
            let txn = db.begin().await?;
            idempotency_record::Entity::delete_many()
                .filter(
                    idempotency_record::Column::CreatedAt
                        .lt(now - crate::api::idempotency::RETENTION_MS),
                )
                .exec(&*txn)
                .await?;
            crate::throttle::sweep(&*txn, Duration::from_secs(2 * 24 * 3600))
                .await
                .map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?;
            job::Entity::delete_many()
                .filter(job::Column::State.eq(job::JobState::Done))
                .filter(job::Column::UpdatedAt.lt(now - DONE_JOB_RETENTION_MS))
                .exec(&*txn)
                .await?;
            txn.commit().await
        }
        .await;
        if let Err(err) = result {
            tracing::warn!(error = %err, "sweep failed");
        }
        // The audit trail's retention: the one code path that deletes from it.
        let audit = &settings.audit;
        match crate::audit::purge(&db, audit.retention, audit.security_retention).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(deleted = n, "audit entries past their retention deleted"),
            Err(err) => tracing::warn!(error = %err, "audit retention failed"),
        }
        // Drafts not submitted in time lose their identity images.
        match crate::contact::expire_drafts(&db, &blobs).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(expired = n, "contact-change drafts expired"),
            Err(err) => tracing::warn!(error = %err, "expiring contact-change drafts failed"),
        }
        // Identity images are kept only for a while after the outcome.
        let contact = &settings.contact;
        if let Err(err) =
            crate::contact::review::purge_images(&db, &blobs, contact.image_retention).await
        {
            tracing::warn!(error = %err, "deleting old identity images failed");
        }
        // One reminder per change due within a day (the sweep runs hourly).
        match crate::contact::review::remind_due(&db, contact, Duration::from_secs(24 * 3600)).await
        {
            Ok(0) => {}
            Ok(n) => tracing::info!(reminded = n, "reminded operators of reviews falling due"),
            Err(err) => tracing::warn!(error = %err, "review reminders failed"),
        }
        match crate::contact::review::overdue_count(db.conn()).await {
            Ok(0) => {}
            Ok(n) => tracing::warn!(overdue = n, "contact changes past their 3-day review time"),
            Err(err) => tracing::warn!(error = %err, "counting overdue reviews failed"),
        }
        if let Err(err) = crate::ini_pec::prune(&db, crate::ini_pec::ROW_RETENTION).await {
            tracing::warn!(error = %err, "deleting old INI-PEC export rows failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(SWEEP_INTERVAL) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Every file pecd creates from now on is readable by its user only (umask 077: files 0600,
/// folders 0700; the database, its WAL, blobs, outbox files), and the data folder is 0700 even
/// if an older version created it open.
fn private_files(data_dir: &std::path::Path) -> anyhow::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("cannot create {}", data_dir.display()))?;
    let meta = std::fs::metadata(data_dir)
        .with_context(|| format!("cannot read {}", data_dir.display()))?;
    // Only a folder of our own: a shared one (sticky, like /tmp) or another user's is left
    // alone, with a warning, since closing it would break its other users.
    let ours = meta.uid() == rustix::process::geteuid().as_raw() && meta.mode() & 0o1000 == 0;
    if !ours {
        tracing::warn!(path = %data_dir.display(), "the data folder is shared or not ours; its mode is left as it is");
    } else if meta.mode() & 0o077 != 0 {
        std::fs::set_permissions(data_dir, std::fs::Permissions::from_mode(0o700))
            .with_context(|| format!("cannot make {} private (0700)", data_dir.display()))?;
    }
    Ok(())
}

// Services the settings ask for, built here: the composition root is the one place that knows
// every part; `config` only holds values.

/// The encrypted store of identity images.
pub fn blob_store(settings: &Settings) -> anyhow::Result<crate::blobs::SealedBlobs> {
    let spec = match &settings.blob_keys {
        Some(spec) => spec.clone(),
        None => local_blob_key(&settings.data_dir)?,
    };
    let keys = crate::blobs::KeyRing::parse(&spec)?;
    if let Some(url) = &settings.blob_url {
        return Ok(crate::blobs::SealedBlobs::s3(url, &[], keys)?);
    }
    let dir = settings
        .blob_dir
        .clone()
        .unwrap_or_else(|| settings.data_dir.join("blobs"));
    Ok(crate::blobs::SealedBlobs::local(&dir, keys)?)
}

/// The captcha check the settings ask for.
fn captcha(settings: &Settings) -> anyhow::Result<Arc<dyn crate::captcha::CaptchaVerifier>> {
    Ok(match &settings.captcha_url {
        Some(url) => Arc::new(crate::captcha::SiteverifyCaptcha::new(
            url,
            settings.captcha_secret.clone(),
        )?),
        None => Arc::new(crate::captcha::DisabledCaptcha),
    })
}

/// The key ring kept in DATA_DIR/blob-keys, created with one random key on first use, so a
/// single-machine deployment encrypts images without configuration. Production sets
/// PEC_BLOB_KEYS from its secret store instead.
fn local_blob_key(data_dir: &std::path::Path) -> anyhow::Result<String> {
    use anyhow::Context;
    use base64::Engine;
    use rand::RngCore;
    use std::io::Write;
    let path = data_dir.join("blob-keys");
    match std::fs::read_to_string(&path) {
        Ok(spec) => return Ok(spec.trim().to_owned()),
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
            return Err(err).with_context(|| format!("cannot read {}", path.display()));
        }
        Err(_) => {}
    }
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("cannot create {}", data_dir.display()))?;
    let mut key = [0u8; 32];
    rand::rng().fill_bytes(&mut key);
    let spec = format!(
        "local1:{}",
        base64::engine::general_purpose::STANDARD.encode(key)
    );
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(&path) {
        Ok(mut file) => {
            file.write_all(spec.as_bytes())
                .with_context(|| format!("cannot write {}", path.display()))?;
            tracing::warn!(path = %path.display(), "generated an identity-image key; set PEC_BLOB_KEYS in production");
            Ok(spec)
        }
        // Another process created it first: use theirs.
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            Ok(std::fs::read_to_string(&path)?.trim().to_owned())
        }
        Err(err) => Err(err).with_context(|| format!("cannot create {}", path.display())),
    }
}
