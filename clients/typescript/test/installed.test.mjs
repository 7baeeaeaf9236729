// The package as installed from git (test.sh's second project): an ES module import and a
// CommonJS require() of it, each with two real calls (Health/Check without a key, GetOrdine of
// the Ordine the walkthrough created). Plain JavaScript: nothing to compile.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";

import { HealthCheckResponse_ServingStatus, connect } from "@tsrm-pstrp/pec-client";

const addr = process.env.PECD_ADDR;
const adminKey = process.env.PECD_ADMIN_KEY;

async function callBoth(pkg) {
  const anonymous = pkg.connect(addr, undefined, { tls: false, timeoutMs: 10_000 });
  const admin = pkg.connect(addr, adminKey, { tls: false, timeoutMs: 10_000 });
  try {
    const health = await anonymous.health.check({});
    assert.equal(health.status, pkg.HealthCheckResponse_ServingStatus.SERVING);
    const { ordine } = await admin.registry.getOrdine({ code: "TS" });
    assert.equal(ordine?.code, "TS");
  } finally {
    anonymous.close();
    admin.close();
  }
}

test("import (ESM): Health/Check and GetOrdine", async () => {
  assert.ok(addr && adminKey, "PECD_ADDR and PECD_ADMIN_KEY are set");
  await callBoth({ connect, HealthCheckResponse_ServingStatus });
});

// require() of an ES module: Node 20.19 and later, 22.12 and later.
const [major, minor] = process.versions.node.split(".").map(Number);
const requireEsm = major > 22 || (major === 22 && minor >= 12) || (major === 20 && minor >= 19);
test("require (CommonJS): Health/Check and GetOrdine", { skip: !requireEsm && "Node < 20.19 cannot require() an ES module" }, async () => {
  const pkg = createRequire(import.meta.url)("@tsrm-pstrp/pec-client");
  await callBoth(pkg);
});
