package pecclient

import (
	"context"
	"fmt"
	"testing"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/durationpb"
)

// Offline checks of the helpers; the end-to-end test against a live pecd is in ../e2e.

func TestDetails(t *testing.T) {
	st, err := status.New(codes.InvalidArgument, "invalid fields").WithDetails(
		&errdetails.ErrorInfo{Reason: "INVALID_FIELDS", Domain: "pec.tsrm-pstrp.org"},
		&errdetails.LocalizedMessage{Locale: "en-US", Message: "bad"},
		&errdetails.LocalizedMessage{Locale: "it-IT", Message: "Codice fiscale non valido"},
		&errdetails.BadRequest{FieldViolations: []*errdetails.BadRequest_FieldViolation{
			{Field: "codice_fiscale", Description: "bad check character"},
		}},
		&errdetails.RetryInfo{RetryDelay: durationpb.New(3 * time.Second)},
	)
	if err != nil {
		t.Fatal(err)
	}
	wrapped := fmt.Errorf("calling pecd: %w", st.Err())
	br, info, loc := Details(wrapped)
	if got := br.GetFieldViolations(); len(got) != 1 || got[0].GetField() != "codice_fiscale" {
		t.Errorf("BadRequest = %v", br)
	}
	if info.GetReason() != "INVALID_FIELDS" || Reason(wrapped) != "INVALID_FIELDS" {
		t.Errorf("ErrorInfo = %v", info)
	}
	if loc.GetLocale() != "it-IT" || loc.GetMessage() != "Codice fiscale non valido" {
		t.Errorf("LocalizedMessage = %v", loc)
	}
	if d, ok := RetryDelay(wrapped); !ok || d != 3*time.Second {
		t.Errorf("RetryDelay = %v, %v", d, ok)
	}

	for _, e := range []error{nil, fmt.Errorf("not a status"), status.Error(codes.NotFound, "x")} {
		if br, info, loc := Details(e); br != nil || info != nil || loc != nil {
			t.Errorf("Details(%v) = %v, %v, %v; want nils", e, br, info, loc)
		}
		if _, ok := RetryDelay(e); ok {
			t.Errorf("RetryDelay(%v) reported a delay", e)
		}
	}
}

func TestBearerKey(t *testing.T) {
	md, err := BearerKey("k3y", true).GetRequestMetadata(context.Background())
	if err != nil || md["authorization"] != "Bearer k3y" {
		t.Errorf("metadata = %v, %v", md, err)
	}
	if !BearerKey("k", true).RequireTransportSecurity() || BearerKey("k", false).RequireTransportSecurity() {
		t.Error("RequireTransportSecurity does not follow requireTLS")
	}
}
