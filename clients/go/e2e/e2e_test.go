package e2e

import (
	"context"
	"crypto/rand"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"

	pecv1 "github.com/tsrm-pstrp/pecd/clients/go/pec/v1"
	"github.com/tsrm-pstrp/pecd/clients/go/pecclient"
)

// The Go client's own Ordine and member, so that every language's test can share one server.
const (
	ordineCode    = "GO"
	givenName     = "Giorgio"
	familyName    = "Verdi"
	codiceFiscale = "VRDGRG85C14L219B"
)

// mustEnv fails (never skips) the test when a variable is missing.
func mustEnv(t *testing.T, name string) string {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		t.Fatalf("%s is not set: this test needs a running pecd (PECD_ADDR, PECD_ADMIN_KEY, PECD_ALBO_KEY)", name)
	}
	return v
}

// newUUID returns a random (version 4) UUID for request_id.
func newUUID(t *testing.T) string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// member is the Go client's member with the given personal email: UpsertMember takes the
// whole record.
func member(personalEmail string) *pecv1.Member {
	return &pecv1.Member{
		CodiceFiscale:      codiceFiscale,
		GivenName:          givenName,
		FamilyName:         familyName,
		OrdineCode:         ordineCode,
		Albo:               pecv1.Albo_ALBO_TECNICO_SANITARIO_RADIOLOGIA_MEDICA,
		RegistrationNumber: "GO-0001",
		PersonalEmail:      personalEmail,
		RegisterStatus:     pecv1.RegisterStatus_REGISTER_STATUS_ACTIVE,
	}
}

func dial(t *testing.T, addr, key string) *pecclient.Client {
	t.Helper()
	c, err := pecclient.Dial(addr, key, pecclient.WithPlaintext())
	if err != nil {
		t.Fatalf("dial %s: %v", addr, err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

func TestWalkthrough(t *testing.T) {
	addr := mustEnv(t, "PECD_ADDR")
	adminKey := mustEnv(t, "PECD_ADMIN_KEY")
	alboKey := mustEnv(t, "PECD_ALBO_KEY")

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	anon := dial(t, addr, "")
	admin := dial(t, addr, adminKey)
	albo := dial(t, addr, alboKey)

	// a. Health needs no key.
	hc, err := anon.Health.Check(ctx, &healthpb.HealthCheckRequest{})
	if err != nil {
		t.Fatalf("Health/Check: %v", err)
	}
	if hc.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Fatalf("Health/Check status = %v, want SERVING", hc.GetStatus())
	}
	t.Log("a. health: SERVING")

	// TLS is the default: without WithPlaintext the client will not talk to a plaintext server.
	tlsClient, err := pecclient.Dial(addr, adminKey)
	if err != nil {
		t.Fatalf("dial %s with TLS: %v", addr, err)
	}
	defer func() { _ = tlsClient.Close() }()
	if _, err := tlsClient.Health.Check(ctx, &healthpb.HealthCheckRequest{}); status.Code(err) != codes.Unavailable {
		t.Fatalf("TLS Health/Check against a plaintext server: %v, want UNAVAILABLE", err)
	}

	// b. Any pec.v1 call without a key is UNAUTHENTICATED.
	_, err = anon.Registry.GetOrdine(ctx, &pecv1.GetOrdineRequest{Code: ordineCode})
	if status.Code(err) != codes.Unauthenticated {
		t.Fatalf("GetOrdine without key: %v, want UNAUTHENTICATED", err)
	}
	t.Logf("b. no key: UNAUTHENTICATED (reason %q)", pecclient.Reason(err))

	// c. admin records the Ordine.
	co, err := admin.Registry.CreateOrdine(ctx, &pecv1.CreateOrdineRequest{
		RequestId: newUUID(t),
		Ordine: &pecv1.Ordine{
			Code:                ordineCode,
			Name:                "Ordine TSRM e PSTRP (client Go)",
			PecAddress:          strings.ToLower(ordineCode) + "@pec.tsrm.org",
			AdheresToConvention: true,
			ConventionSince:     "2024-01-01",
		},
	})
	if err != nil {
		t.Fatalf("CreateOrdine: %v", err)
	}
	if co.GetOrdine().GetCode() != ordineCode {
		t.Fatalf("CreateOrdine returned code %q", co.GetOrdine().GetCode())
	}
	t.Logf("c. Ordine %s created", ordineCode)

	// d. albo registers the member.
	um, err := albo.Registry.UpsertMember(ctx, &pecv1.UpsertMemberRequest{
		RequestId: newUUID(t),
		Member:    member(strings.ToLower(givenName + "." + familyName + "@example.com")),
	})
	if err != nil {
		t.Fatalf("UpsertMember: %v", err)
	}
	if um.GetMember().GetCodiceFiscale() != codiceFiscale {
		t.Fatalf("UpsertMember returned %v", um.GetMember())
	}
	t.Logf("d. member %s upserted (created %v)", codiceFiscale, um.GetCreated())

	// e. admin requests the mailbox.
	car, err := admin.Activation.CreateActivationRequest(ctx, &pecv1.CreateActivationRequestRequest{
		RequestId:     newUUID(t),
		CodiceFiscale: codiceFiscale,
	})
	if err != nil {
		t.Fatalf("CreateActivationRequest: %v", err)
	}
	t.Logf("e. activation request %s", car.GetActivationRequest().GetId())

	// f. albo polls the member's assignments until the worker has created the mailbox.
	var assignment *pecv1.Assignment
	deadline := time.Now().Add(30 * time.Second)
	for assignment == nil {
		la, err := albo.Activation.ListAssignments(ctx, &pecv1.ListAssignmentsRequest{CodiceFiscale: codiceFiscale})
		if err != nil {
			t.Fatalf("ListAssignments: %v", err)
		}
		if len(la.GetAssignments()) > 0 {
			assignment = la.GetAssignments()[0]
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no assignment after 30 s")
		}
		time.Sleep(200 * time.Millisecond)
	}
	wantAddress := strings.ToLower(givenName + "." + familyName + "@tsrm-pstrp.org")
	if assignment.GetMailboxAddress() != wantAddress {
		t.Fatalf("assignment address = %q, want %q", assignment.GetMailboxAddress(), wantAddress)
	}
	t.Logf("f. assignment %s offers %s", assignment.GetActivationRequestId(), assignment.GetMailboxAddress())

	// g. albo accepts it on the member's behalf.
	acc, err := albo.Activation.AcceptAssignment(ctx, &pecv1.AcceptAssignmentRequest{
		ActivationRequestId: assignment.GetActivationRequestId(),
		CodiceFiscale:       codiceFiscale,
	})
	if err != nil {
		t.Fatalf("AcceptAssignment: %v", err)
	}
	t.Logf("g. accepted: request %v", acc.GetActivationRequest().GetState())

	// h. admin sees the mailbox ATTIVO.
	gm, err := admin.Mailbox.GetMailbox(ctx, &pecv1.GetMailboxRequest{Address: wantAddress})
	if err != nil {
		t.Fatalf("GetMailbox: %v", err)
	}
	if gm.GetMailbox().GetState() != pecv1.MailboxState_MAILBOX_STATE_ATTIVO {
		t.Fatalf("mailbox state = %v, want MAILBOX_STATE_ATTIVO", gm.GetMailbox().GetState())
	}
	if gm.GetMailbox().GetAddress() != assignment.GetMailboxAddress() {
		t.Fatalf("mailbox address %q differs from the assignment's %q", gm.GetMailbox().GetAddress(), assignment.GetMailboxAddress())
	}
	t.Logf("h. %s is %v", gm.GetMailbox().GetAddress(), gm.GetMailbox().GetState())

	// i. A bad codice fiscale names its field, with an Italian message, read through the helper.
	_, err = albo.Activation.ListAssignments(ctx, &pecv1.ListAssignmentsRequest{CodiceFiscale: "RSSMRA80A01H501X"})
	if status.Code(err) != codes.InvalidArgument {
		t.Fatalf("ListAssignments(bad CF): %v, want INVALID_ARGUMENT", err)
	}
	badRequest, errorInfo, localized := pecclient.Details(err)
	var violation string
	for _, v := range badRequest.GetFieldViolations() {
		if v.GetField() == "codice_fiscale" {
			violation = v.GetDescription()
		}
	}
	if violation == "" {
		t.Fatalf("no BadRequest violation on codice_fiscale in %v", badRequest)
	}
	if localized.GetLocale() != "it-IT" || localized.GetMessage() == "" {
		t.Fatalf("no it-IT LocalizedMessage: %v", localized)
	}
	t.Logf("i. INVALID_ARGUMENT, reason %q; codice_fiscale: %s; it-IT: %s",
		errorInfo.GetReason(), violation, localized.GetMessage())

	// j. The change feed: watch, keep a cursor, resume from it (a subtest, so that it needs
	// nothing but the Ordine and member made above).
	t.Run("WatchAndResume", func(t *testing.T) { watchAndResume(ctx, t, admin) })
}

// watchAndResume watches the member events of Ordine GO through the generated EventService
// stub with the admin key: the event of a change carries a cursor, and a watch started from
// that cursor begins with the next change.
func watchAndResume(ctx context.Context, t *testing.T, admin *pecclient.Client) {
	kinds := []pecv1.EventKind{
		pecv1.EventKind_EVENT_KIND_MEMBER_CREATED,
		pecv1.EventKind_EVENT_KIND_MEMBER_UPDATED,
	}
	upsert := func(email string) *pecv1.Member {
		t.Helper()
		res, err := admin.Registry.UpsertMember(ctx, &pecv1.UpsertMemberRequest{
			RequestId: newUUID(t),
			Member:    member(email),
		})
		if err != nil {
			t.Fatalf("UpsertMember(%s): %v", email, err)
		}
		if res.GetCreated() || res.GetMember().GetPersonalEmail() != email {
			t.Fatalf("UpsertMember(%s): created %v, member %v; want an update", email, res.GetCreated(), res.GetMember())
		}
		return res.GetMember()
	}
	// firstEvent watches with req and returns the first event (heartbeats skipped) that match
	// accepts; the stream is cancelled on return, and the watch fails after 15 s.
	firstEvent := func(req *pecv1.WatchEventsRequest, match func(*pecv1.Event) bool) *pecv1.Event {
		t.Helper()
		wctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		defer cancel()
		stream, err := admin.Events.WatchEvents(wctx, req)
		if err != nil {
			t.Fatalf("WatchEvents(%v): %v", req, err)
		}
		for {
			res, err := stream.Recv()
			if err != nil {
				t.Fatalf("WatchEvents(%v): no matching event: %v", req, err)
			}
			if ev := res.GetEvent(); ev != nil && match(ev) {
				return ev
			}
		}
	}
	notBefore := func(ev *pecv1.Event, m *pecv1.Member) bool {
		return !ev.GetTime().AsTime().Before(m.GetUpdateTime().AsTime())
	}

	// a. Change member X (the walkthrough created it).
	email1 := "giorgio.verdi.feed1@example.com"
	m1 := upsert(email1)

	// b. Watch from the oldest event held; the event of that change is X's first event
	// committed no earlier than the member's update_time (X's creation comes before it).
	ev1 := firstEvent(&pecv1.WatchEventsRequest{FromOldest: true, OrdineCode: ordineCode, Kinds: kinds},
		func(ev *pecv1.Event) bool { return ev.GetResourceId() == codiceFiscale && notBefore(ev, m1) })
	if ev1.GetKind() != pecv1.EventKind_EVENT_KIND_MEMBER_UPDATED || ev1.GetOrdineCode() != ordineCode ||
		ev1.GetMember().GetCodiceFiscale() != codiceFiscale {
		t.Fatalf("b. event of X = %v, want MEMBER_UPDATED of %s in %s", ev1, codiceFiscale, ordineCode)
	}
	c1 := ev1.GetCursor()
	if c1 == "" {
		t.Fatal("b. the event has no cursor")
	}
	t.Logf("b. %v of %s at cursor %s", ev1.GetKind(), ev1.GetResourceId(), c1)

	// c. Change X again, while nobody watches.
	email2 := "giorgio.verdi.feed2@example.com"
	m2 := upsert(email2)

	// d. Resume from C1: the first event is that second change, showing the new email.
	ev2 := firstEvent(&pecv1.WatchEventsRequest{Cursor: c1, OrdineCode: ordineCode, Kinds: kinds},
		func(*pecv1.Event) bool { return true })
	if ev2.GetKind() != pecv1.EventKind_EVENT_KIND_MEMBER_UPDATED || ev2.GetResourceId() != codiceFiscale {
		t.Fatalf("d. first event after C1 = %v, want MEMBER_UPDATED of %s", ev2, codiceFiscale)
	}
	if got := ev2.GetMember().GetPersonalEmail(); got != email2 {
		t.Fatalf("d. member personal_email = %q, want %q", got, email2)
	}
	if ev2.GetCursor() == "" || ev2.GetCursor() == c1 {
		t.Fatalf("d. cursor %q, want a new one after %q", ev2.GetCursor(), c1)
	}
	if !notBefore(ev2, m2) {
		t.Fatalf("d. event time %v is before the second change (%v)", ev2.GetTime().AsTime(), m2.GetUpdateTime().AsTime())
	}
	t.Logf("d. resumed: %v of %s, personal_email %s, cursor %s", ev2.GetKind(), ev2.GetResourceId(), email2, ev2.GetCursor())
}
