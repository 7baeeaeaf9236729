package pecclient_test

// The example of the README's "Watching the change feed", compiled by `go test` and `go vet`
// (it has no Output comment, so it is not run).

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"log"
	"os"
	"os/signal"
	"strings"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pecv1 "github.com/tsrm-pstrp/pecd/clients/go/pec/v1"
	"github.com/tsrm-pstrp/pecd/clients/go/pecclient"
)

// Example_watchEvents follows the change feed until interrupted, resuming after the last
// event handled across restarts, dropped connections and server shutdowns.
func Example_watchEvents() {
	c, err := pecclient.Dial("pec-api.tsrm-pstrp.org:443", os.Getenv("PECD_KEY"))
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := watch(ctx, c, "pecd.cursor"); err != nil && ctx.Err() == nil {
		log.Print(err)
	}
}

// watch follows the feed until ctx ends or a call fails for good.
func watch(ctx context.Context, c *pecclient.Client, cursorFile string) error {
	wait := time.Second
	for {
		cursor, err := loadCursor(cursorFile)
		if err != nil {
			return err
		}
		n, err := follow(ctx, c, cursorFile, &pecv1.WatchEventsRequest{
			Cursor:     cursor,
			FromOldest: cursor == "", // first run: every event still held
			// Optional filters: Kinds, and OrdineCode for admin and operator keys.
		})
		if n > 0 {
			wait = time.Second // the stream worked: reconnect promptly
		}
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case status.Code(err) == codes.FailedPrecondition && pecclient.Reason(err) == "CURSOR_EXPIRED":
			// Away longer than the retention (30 days): events were lost. Re-read the state,
			// then resume with the oldest event still held.
			_, info, _ := pecclient.Details(err)
			if err := resync(ctx, c); err != nil {
				return err
			}
			if err := saveCursor(cursorFile, info.GetMetadata()["oldest_cursor"]); err != nil {
				return err
			}
			continue
		case status.Code(err) == codes.Unavailable, errors.Is(err, io.EOF):
			// The server shut down or the connection dropped: resume after a pause.
		case status.Code(err) == codes.ResourceExhausted:
			// This key already holds its 8 watches (or the server its maximum).
			if d, ok := pecclient.RetryDelay(err); ok && d > wait {
				wait = d
			}
		default:
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Minute)
	}
}

// follow handles the stream's events in order and saves the cursor after each event and
// heartbeat; it returns how many messages it processed and why the stream ended.
func follow(ctx context.Context, c *pecclient.Client, cursorFile string, req *pecv1.WatchEventsRequest) (int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // ends the stream on every return
	stream, err := c.Events.WatchEvents(ctx, req)
	if err != nil {
		return 0, err
	}
	for n := 0; ; n++ {
		res, err := stream.Recv()
		if err != nil {
			return n, err
		}
		cursor := res.GetHeartbeat().GetCursor() // a heartbeat's cursor is a resume point too
		if ev := res.GetEvent(); ev != nil {
			if err := handle(ctx, ev); err != nil {
				return n, err
			}
			cursor = ev.GetCursor()
		}
		if err := saveCursor(cursorFile, cursor); err != nil {
			return n, err
		}
	}
}

// handle applies one event. It must be idempotent: after a crash between handle and
// saveCursor, the event comes again.
func handle(_ context.Context, ev *pecv1.Event) error {
	switch ev.GetKind() {
	case pecv1.EventKind_EVENT_KIND_ACTIVATION_REQUEST_ASSIGNED:
		log.Printf("%s offered to %s", ev.GetActivationRequest().GetMailboxAddress(),
			ev.GetActivationRequest().GetCodiceFiscale())
	default:
		log.Printf("%v %s", ev.GetKind(), ev.GetResourceId())
	}
	return nil
}

// resync re-reads, with the List calls, what the application keeps (here its activation
// requests).
func resync(ctx context.Context, c *pecclient.Client) error {
	req := &pecv1.ListActivationRequestsRequest{PageSize: 100}
	for {
		res, err := c.Activation.ListActivationRequests(ctx, req)
		if err != nil {
			return err
		}
		for _, r := range res.GetActivationRequests() {
			log.Printf("%s: %v", r.GetId(), r.GetState()) // replace the local copy
		}
		if res.GetNextPageToken() == "" {
			return nil
		}
		req.PageToken = res.GetNextPageToken()
	}
}

// loadCursor returns the saved cursor, or "" before the first run.
func loadCursor(path string) (string, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	return strings.TrimSpace(string(b)), err
}

// saveCursor replaces the saved cursor atomically (write, then rename).
func saveCursor(path, cursor string) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(cursor+"\n"), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
