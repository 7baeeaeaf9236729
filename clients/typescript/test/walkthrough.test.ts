// The README walkthrough and the change feed's watch-and-resume against a live pecd (PECD_ADDR,
// plaintext), through the package's own helper. Ordine "TS", member Teresa Neri: other
// languages' tests use other codes, so all of them can run against one server. Run by
// ../test.sh in a fresh project outside the repository, where the package is installed as the
// README says: it imports the package by its name, as an application does.

import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";

import { timestampMs } from "@bufbuild/protobuf/wkt";
import type { Timestamp } from "@bufbuild/protobuf/wkt";

import {
  Albo,
  Code,
  ConnectError,
  EventKind,
  HealthCheckResponse_ServingStatus,
  MailboxState,
  RegisterStatus,
  baseUrlFor,
  connect,
  errorDetails,
} from "@tsrm-pstrp/pec-client";
import type {
  Assignment,
  CreateOrdineResponse,
  Event as FeedEvent,
  PecClient,
} from "@tsrm-pstrp/pec-client";

const ORDINE = "TS";
const GIVEN = "Teresa";
const FAMILY = "Neri";
const CF = "NRETRS85C54L219Q";
const BAD_CF = "RSSMRA80A01H501X"; // wrong check character
const WATCH_TIMEOUT_MS = 15_000; // the awaited event must come within it

/** The test's member (Teresa Neri, Ordine TS) with the given personal email. */
function member(personalEmail: string) {
  return {
    codiceFiscale: CF,
    givenName: GIVEN,
    familyName: FAMILY,
    ordineCode: ORDINE,
    albo: Albo.TECNICO_SANITARIO_RADIOLOGIA_MEDICA,
    registrationNumber: "4242",
    personalEmail,
    registerStatus: RegisterStatus.ACTIVE,
  };
}

type WatchRequest = Parameters<PecClient["events"]["watchEvents"]>[0];

/**
 * Opens WatchEvents with `request`, skips heartbeats and the events `wanted` refuses, and
 * returns the first wanted event; the stream is then cancelled. Fails when none comes within
 * WATCH_TIMEOUT_MS.
 */
async function firstEvent(
  pec: PecClient,
  request: WatchRequest,
  wanted: (e: FeedEvent) => boolean,
  what: string,
): Promise<FeedEvent> {
  // Leaving the loop does not end the call (the iterable has no return()): the signal does.
  // The deadline is a timer of our own, cleared at the end, so that none outlives the test
  // (a call's own timeoutMs leaves its timer running when the call is aborted).
  const abort = new AbortController();
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, WATCH_TIMEOUT_MS);
  try {
    // timeoutMs 0: no deadline of the client's (10 s) on this call; the timer above is its own.
    for await (const res of pec.events.watchEvents(request, { signal: abort.signal, timeoutMs: 0 })) {
      if (res.message.case === "event" && wanted(res.message.value)) return res.message.value;
    }
  } catch (err) {
    if (timedOut) assert.fail(`${what}: not within ${WATCH_TIMEOUT_MS} ms`);
    const d = errorDetails(err);
    assert.fail(`${what}: ${d.codeName} ${d.reason}: ${d.message}`);
  } finally {
    clearTimeout(deadline);
    abort.abort();
  }
  assert.fail(`${what}: the stream ended first`);
}

function ms(t: Timestamp | undefined): number {
  assert.ok(t, "a timestamp is set");
  return timestampMs(t);
}

function env(name: string): string {
  const v = process.env[name];
  if (!v) {
    throw new Error(`${name} is not set (PECD_ADDR, PECD_ADMIN_KEY and PECD_ALBO_KEY are required)`);
  }
  return v;
}

/** Runs `call` and returns the ConnectError it must throw. */
async function rejection(call: () => Promise<unknown>): Promise<ConnectError> {
  try {
    await call();
  } catch (err) {
    assert.ok(err instanceof ConnectError, `expected a ConnectError, got ${String(err)}`);
    return err;
  }
  assert.fail("the call succeeded but was expected to fail");
}

describe("addresses", () => {
  test("TLS unless asked otherwise", () => {
    assert.equal(baseUrlFor("pec.example.org:443"), "https://pec.example.org:443");
    assert.equal(baseUrlFor("127.0.0.1:50051", false), "http://127.0.0.1:50051");
    assert.equal(baseUrlFor("http://127.0.0.1:50051/"), "http://127.0.0.1:50051");
    assert.throws(() => baseUrlFor("http://127.0.0.1:50051", true));
    assert.throws(() => baseUrlFor("https://pec.example.org", false));
  });
});

describe("pecd walkthrough (TypeScript client)", () => {
  const addr = env("PECD_ADDR");
  let anon: PecClient;
  let admin: PecClient;
  let albo: PecClient;

  // Admin records Ordine TS once, for the tests that need it, whichever runs first.
  let ordine: Promise<CreateOrdineResponse> | undefined;
  const ensureOrdine = () =>
    (ordine ??= admin.registry.createOrdine({
      requestId: randomUUID(),
      ordine: {
        code: ORDINE,
        name: "Ordine TSRM e PSTRP (test client TypeScript)",
        pecAddress: `${ORDINE.toLowerCase()}@pec.tsrm.org`,
        adheresToConvention: true,
        conventionSince: "2024-01-01",
      },
    }));

  before(() => {
    anon = connect(addr, undefined, { tls: false, timeoutMs: 10_000 });
    admin = connect(addr, env("PECD_ADMIN_KEY"), { tls: false, timeoutMs: 10_000 });
    albo = connect(addr, env("PECD_ALBO_KEY"), { tls: false, timeoutMs: 10_000 });
  });

  after(() => {
    for (const c of [anon, admin, albo]) c?.close();
  });

  test("a. health check is SERVING without a key", async () => {
    const res = await anon.health.check({});
    assert.equal(res.status, HealthCheckResponse_ServingStatus.SERVING);
  });

  test("b. a call without key is UNAUTHENTICATED", async () => {
    const err = await rejection(() => anon.registry.getOrdine({ code: ORDINE }));
    assert.equal(err.code, Code.Unauthenticated, err.message);
    assert.equal(errorDetails(err).codeName, "UNAUTHENTICATED");
  });

  test("c-h. ordine, member, activation, assignment, acceptance, ATTIVO mailbox", async () => {
    // c. admin records the Ordine.
    const created = await ensureOrdine();
    assert.equal(created.ordine?.code, ORDINE);
    assert.equal(created.ordine?.adheresToConvention, true);

    // d. albo registers the member.
    const upserted = await albo.registry.upsertMember({
      requestId: randomUUID(),
      member: member(`${GIVEN}.${FAMILY}@example.com`.toLowerCase()),
    });
    assert.equal(upserted.member?.codiceFiscale, CF);

    // e. admin requests the mailbox.
    const requested = await admin.activation.createActivationRequest({
      requestId: randomUUID(),
      codiceFiscale: CF,
    });
    const requestId = requested.activationRequest?.id;
    assert.ok(requestId, "the activation request has an id");

    // f. albo polls the member's assignments until the worker has created the mailbox.
    let assignment: Assignment | undefined;
    const deadline = Date.now() + 30_000;
    while (!assignment) {
      const { assignments } = await albo.activation.listAssignments({ codiceFiscale: CF });
      assignment = assignments.find((a) => a.activationRequestId === requestId) ?? assignments[0];
      if (assignment) break;
      assert.ok(Date.now() < deadline, "no assignment appeared within 30 s");
      await sleep(200);
    }
    const expected = `${GIVEN}.${FAMILY}@tsrm-pstrp.org`.toLowerCase();
    assert.equal(assignment.mailboxAddress, expected);
    assert.equal(assignment.ordineCode, ORDINE);

    // g. albo accepts it for the member.
    const accepted = await albo.activation.acceptAssignment({
      activationRequestId: assignment.activationRequestId,
      codiceFiscale: CF,
    });
    assert.equal(accepted.mailbox?.address, expected);

    // h. admin reads the mailbox: ATTIVO.
    const { mailbox } = await admin.mailbox.getMailbox({ address: assignment.mailboxAddress });
    assert.equal(mailbox?.address, expected);
    assert.equal(mailbox?.state, MailboxState.ATTIVO);
    assert.equal(mailbox?.codiceFiscale, CF);
  });

  test("i. a bad codice fiscale is INVALID_ARGUMENT with a field violation and it-IT text", async () => {
    const err = await rejection(() => albo.activation.listAssignments({ codiceFiscale: BAD_CF }));
    const d = errorDetails(err);
    assert.equal(d.code, Code.InvalidArgument, d.message);
    assert.equal(d.codeName, "INVALID_ARGUMENT");
    const v = d.fieldViolations.find((f) => f.field === "codice_fiscale");
    assert.ok(v, `a violation on codice_fiscale, got ${JSON.stringify(d.fieldViolations)}`);
    assert.ok(v.description.length > 0);
    assert.equal(d.localizedMessage?.locale, "it-IT");
    assert.ok((d.localizedMessage?.message ?? "").length > 0);
  });

  test("j. watch the Ordine's member events, keep a cursor, resume after it", async () => {
    await ensureOrdine();
    const kinds = [EventKind.MEMBER_CREATED, EventKind.MEMBER_UPDATED];
    const tag = randomUUID().slice(0, 8);

    // a. Upsert the member with a personal email never used before: this always writes an
    // event (MEMBER_CREATED when this test runs first, MEMBER_UPDATED after the walkthrough).
    const first = await admin.registry.upsertMember({
      requestId: randomUUID(),
      member: member(`teresa.neri.${tag}.a@example.com`),
    });
    const firstKind = first.created ? EventKind.MEMBER_CREATED : EventKind.MEMBER_UPDATED;
    const firstTime = ms(first.member?.updateTime);

    // b. Watch from the oldest event held, the Ordine's member events only, up to the event of
    // that upsert (the member's events before it, if any, are older than its updateTime); keep
    // its cursor.
    const c1Event = await firstEvent(
      admin,
      { fromOldest: true, kinds, ordineCode: ORDINE },
      (e) => e.resourceId === CF && e.kind === firstKind && ms(e.time) >= firstTime,
      "the event of the first upsert",
    );
    const c1 = c1Event.cursor;
    assert.ok(c1, "the event has a cursor");
    assert.equal(c1Event.ordineCode, ORDINE);
    assert.equal(c1Event.resource.case, "member");
    assert.equal(c1Event.resource.value?.codiceFiscale, CF);

    // c. Change the member again, while nobody watches.
    const newEmail = `teresa.neri.${tag}.c@example.com`;
    const second = await admin.registry.upsertMember({
      requestId: randomUUID(),
      member: member(newEmail),
    });
    assert.equal(second.created, false);
    assert.equal(second.member?.personalEmail, newEmail);

    // d. Resume after C1 with the same filters: the first event is that change.
    const resumed = await firstEvent(
      admin,
      { cursor: c1, kinds, ordineCode: ORDINE },
      () => true,
      "the first event after the cursor",
    );
    assert.equal(resumed.kind, EventKind.MEMBER_UPDATED);
    assert.equal(resumed.resourceId, CF);
    assert.ok(resumed.cursor, "the event has a cursor");
    assert.notEqual(resumed.cursor, c1);
    assert.equal(resumed.ordineCode, ORDINE);
    assert.equal(resumed.previousOrdineCode, "");
    assert.equal(resumed.resource.case, "member");
    assert.equal(resumed.resource.value.codiceFiscale, CF);
    assert.equal(resumed.resource.value.personalEmail, newEmail);
    assert.ok(ms(resumed.time) >= ms(second.member?.updateTime), "the event is of the second upsert");
    assert.ok(resumed.actorKeyId, "the actor's key id is set");
    assert.equal(resumed.actorKeyId, c1Event.actorKeyId);
  });
});
