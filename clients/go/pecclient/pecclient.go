// Package pecclient is a thin convenience layer over the generated pec.v1 stubs
// (github.com/tsrm-pstrp/pecd/clients/go/pec/v1): it opens a connection (TLS by default) that sends
// "authorization: Bearer <key>" with every call, and reads the google.rpc error details that
// pecd attaches to its errors.
package pecclient

import (
	"context"
	"crypto/tls"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"

	pecv1 "github.com/tsrm-pstrp/pecd/clients/go/pec/v1"
)

// Client holds one connection and a stub for every pec.v1 service (plus grpc.health.v1).
type Client struct {
	Conn          *grpc.ClientConn
	Registry      pecv1.RegistryServiceClient
	Activation    pecv1.ActivationServiceClient
	Mailbox       pecv1.MailboxServiceClient
	Notification  pecv1.NotificationServiceClient
	Password      pecv1.PasswordServiceClient
	ContactChange pecv1.ContactChangeServiceClient
	Review        pecv1.ReviewServiceClient
	Events        pecv1.EventServiceClient
	Audit         pecv1.AuditServiceClient
	IniPec        pecv1.IniPecServiceClient
	Health        healthpb.HealthClient
}

// Option changes how Dial connects.
type Option func(*config)

type config struct {
	plaintext bool
	tls       *tls.Config
	dialOpts  []grpc.DialOption
}

// WithPlaintext connects without TLS. Only for a local pecd in tests: the key travels in clear.
func WithPlaintext() Option { return func(c *config) { c.plaintext = true } }

// WithTLSConfig replaces the default TLS configuration (system roots, TLS 1.2 or later), e.g.
// to trust a private CA or to present a client certificate.
func WithTLSConfig(cfg *tls.Config) Option { return func(c *config) { c.tls = cfg } }

// WithDialOptions adds grpc.DialOptions (interceptors, keepalive, ...) to the connection.
func WithDialOptions(opts ...grpc.DialOption) Option {
	return func(c *config) { c.dialOpts = append(c.dialOpts, opts...) }
}

// Dial creates a client for target ("host:port", or any grpc.NewClient target). Every call
// carries "authorization: Bearer <apiKey>"; an empty apiKey sends no header (enough for
// grpc.health.v1 and reflection). The connection is made lazily, on the first call.
func Dial(target, apiKey string, opts ...Option) (*Client, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	var dialOpts []grpc.DialOption
	if cfg.plaintext {
		dialOpts = append(dialOpts, grpc.WithTransportCredentials(insecure.NewCredentials()))
	} else {
		tlsCfg := cfg.tls
		if tlsCfg == nil {
			tlsCfg = &tls.Config{MinVersion: tls.VersionTLS12} // nil RootCAs: the system roots
		}
		dialOpts = append(dialOpts, grpc.WithTransportCredentials(credentials.NewTLS(tlsCfg)))
	}
	if apiKey != "" {
		dialOpts = append(dialOpts, grpc.WithPerRPCCredentials(BearerKey(apiKey, !cfg.plaintext)))
	}
	dialOpts = append(dialOpts, cfg.dialOpts...)
	conn, err := grpc.NewClient(target, dialOpts...)
	if err != nil {
		return nil, err
	}
	return &Client{
		Conn:          conn,
		Registry:      pecv1.NewRegistryServiceClient(conn),
		Activation:    pecv1.NewActivationServiceClient(conn),
		Mailbox:       pecv1.NewMailboxServiceClient(conn),
		Notification:  pecv1.NewNotificationServiceClient(conn),
		Password:      pecv1.NewPasswordServiceClient(conn),
		ContactChange: pecv1.NewContactChangeServiceClient(conn),
		Review:        pecv1.NewReviewServiceClient(conn),
		Events:        pecv1.NewEventServiceClient(conn),
		Audit:         pecv1.NewAuditServiceClient(conn),
		IniPec:        pecv1.NewIniPecServiceClient(conn),
		Health:        healthpb.NewHealthClient(conn),
	}, nil
}

// Close closes the connection.
func (c *Client) Close() error { return c.Conn.Close() }

// BearerKey returns per-call credentials sending "authorization: Bearer <apiKey>", for use
// with a connection you build yourself (grpc.WithPerRPCCredentials). With requireTLS true
// (what you want outside local tests) gRPC refuses to send the key over a plaintext connection.
func BearerKey(apiKey string, requireTLS bool) credentials.PerRPCCredentials {
	return bearer{header: "Bearer " + apiKey, requireTLS: requireTLS}
}

type bearer struct {
	header     string
	requireTLS bool
}

func (b bearer) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": b.header}, nil
}

func (b bearer) RequireTransportSecurity() bool { return b.requireTLS }

// Details returns the google.rpc details of an error from a pecd call: the BadRequest that
// lists the invalid fields (for INVALID_ARGUMENT), the ErrorInfo whose Reason is an
// ErrorReason name without its prefix (domain "pec.tsrm-pstrp.org"), and the Italian
// LocalizedMessage (locale "it-IT"; another locale only if no Italian one is present). Each is
// nil when absent, and all are nil when err carries no gRPC status.
func Details(err error) (*errdetails.BadRequest, *errdetails.ErrorInfo, *errdetails.LocalizedMessage) {
	var (
		badRequest *errdetails.BadRequest
		errorInfo  *errdetails.ErrorInfo
		localized  *errdetails.LocalizedMessage
	)
	st, ok := status.FromError(err)
	if !ok || err == nil {
		return nil, nil, nil
	}
	for _, d := range st.Details() {
		switch d := d.(type) {
		case *errdetails.BadRequest:
			badRequest = d
		case *errdetails.ErrorInfo:
			errorInfo = d
		case *errdetails.LocalizedMessage:
			if localized == nil || (localized.GetLocale() != "it-IT" && d.GetLocale() == "it-IT") {
				localized = d
			}
		}
	}
	return badRequest, errorInfo, localized
}

// RetryDelay returns the delay of the google.rpc.RetryInfo detail that pecd attaches to
// RESOURCE_EXHAUSTED errors (rate limits), and whether there was one.
func RetryDelay(err error) (time.Duration, bool) {
	st, ok := status.FromError(err)
	if !ok || err == nil {
		return 0, false
	}
	for _, d := range st.Details() {
		if ri, ok := d.(*errdetails.RetryInfo); ok && ri.GetRetryDelay() != nil {
			return ri.GetRetryDelay().AsDuration(), true
		}
	}
	return 0, false
}

// Reason returns the ErrorInfo reason of err (e.g. "MAILBOX_ALREADY_ASSIGNED"), or "".
func Reason(err error) string {
	_, info, _ := Details(err)
	return info.GetReason()
}
