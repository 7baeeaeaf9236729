// The README walkthrough against a live pecd (PECD_ADDR, plaintext), through the package's own
// helper. Ordine "TS", member Teresa Neri: other languages' tests use other codes, so all of them
// can run against one server. Run by ../test.sh (node --test on the compiled dist/test).

import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";

import {
  Albo,
  Code,
  ConnectError,
  HealthCheckResponse_ServingStatus,
  MailboxState,
  RegisterStatus,
  baseUrlFor,
  connect,
  errorDetails,
} from "../src/index.js";
import type { Assignment, PecClient } from "../src/index.js";

const ORDINE = "TS";
const GIVEN = "Teresa";
const FAMILY = "Neri";
const CF = "NRETRS85C54L219Q";
const BAD_CF = "RSSMRA80A01H501X"; // wrong check character

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
    const created = await admin.registry.createOrdine({
      requestId: randomUUID(),
      ordine: {
        code: ORDINE,
        name: "Ordine TSRM e PSTRP (test client TypeScript)",
        pecAddress: `${ORDINE.toLowerCase()}@pec.tsrm.org`,
        adheresToConvention: true,
        conventionSince: "2024-01-01",
      },
    });
    assert.equal(created.ordine?.code, ORDINE);
    assert.equal(created.ordine?.adheresToConvention, true);

    // d. albo registers the member.
    const upserted = await albo.registry.upsertMember({
      requestId: randomUUID(),
      member: {
        codiceFiscale: CF,
        givenName: GIVEN,
        familyName: FAMILY,
        ordineCode: ORDINE,
        albo: Albo.TECNICO_SANITARIO_RADIOLOGIA_MEDICA,
        registrationNumber: "4242",
        personalEmail: `${GIVEN}.${FAMILY}@example.com`.toLowerCase(),
        registerStatus: RegisterStatus.ACTIVE,
      },
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
});
