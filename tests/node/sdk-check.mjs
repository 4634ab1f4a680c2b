// Points the official Auth0 Node SDK (auth0 v7) at the fake tenant and checks what it gets back,
// validating every body against Auth0's own OpenAPI schemas (oas/, from auth0/docs-v2, MIT).
//
//   node sdk-check.mjs /path/to/fake-auth0-tenant
//
// The parent starts the tenant, then runs itself again with NODE_EXTRA_CA_CERTS naming the
// tenant's CA (Node reads it only at start-up). Ends with a line "N passed, M failed".
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));

if (!process.env.SDK_CHECK_DOMAIN) {
  const exe = process.argv[2];
  if (!exe) {
    console.error('usage: node sdk-check.mjs /path/to/fake-auth0-tenant');
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'sdk-check-'));
  const ca = join(dir, 'ca.pem');
  // A throw-away key pair for the Private Key JWT check: the tenant gets the public half.
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  writeFileSync(join(dir, 'public.pem'), publicKey);
  writeFileSync(join(dir, 'private.pem'), privateKey, { mode: 0o600 });
  const tenant = spawn(exe, ['--port', '0', '--ca-out', ca,
    '--client-key', `nodeKeyClient:${join(dir, 'public.pem')}`], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    tenant.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening https:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) resolve(match[1]);
    });
    tenant.on('exit', (code) => reject(new Error(`fake tenant exited with ${code}`)));
    setTimeout(() => reject(new Error('fake tenant did not start in 15 s')), 15000);
  });
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: ca, SDK_CHECK_DOMAIN: `127.0.0.1:${port}`,
      SDK_CHECK_KEY_FILE: join(dir, 'private.pem') },
  });
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  tenant.kill('SIGTERM');
  const tenantCode = await new Promise((resolve) => tenant.on('exit', (c) => resolve(c)));
  rmSync(dir, { recursive: true, force: true });
  if (tenantCode !== 0) console.error(`fake tenant exited with ${tenantCode} after SIGTERM`);
  process.exit(code === 0 && tenantCode === 0 ? 0 : 1);
}

const { ManagementClient, ManagementError } = await import('auth0');
const { default: Ajv2020 } = await import('ajv/dist/2020.js');
const { default: addFormats } = await import('ajv-formats');

const domain = process.env.SDK_CHECK_DOMAIN;
const clientId = 'demoInspectorM2mClient0001';
const clientSecret = 'demo-secret-for-the-local-fake-tenant-only';

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, logger: false });
addFormats(ajv);
ajv.addSchema(JSON.parse(readFileSync(join(here, 'oas/management-api-users-subset.oas.json'))), 'mgmt');
ajv.addSchema(JSON.parse(readFileSync(join(here, 'oas/authentication-api.oas.json'))), 'auth');
const validators = new Map();
const looseness = { expiresIn: 0 };

// Validates against the schema. Real Auth0 is looser than the schema in one place the fake must
// reproduce: identities carry expires_in although UserIdentitySchema forbids extra keys. Any other
// error fails the check.
function validate(schemaRef, data) {
  if (!validators.has(schemaRef)) validators.set(schemaRef, ajv.getSchema(schemaRef) ?? ajv.compile({ $ref: schemaRef }));
  const check = validators.get(schemaRef);
  if (check(data)) return;
  const unexpected = check.errors.filter((e) => {
    const identityExtra = /\/identities\/\d+$/.test(e.instancePath)
      && e.keyword === 'additionalProperties' && e.params.additionalProperty === 'expires_in';
    if (identityExtra) looseness.expiresIn += 1;
    // oneOf/anyOf wrappers report again what their branches reported.
    const wrapper = (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'allOf')
      && check.errors.some((other) => other !== e && other.keyword === 'additionalProperties'
        && other.params.additionalProperty === 'expires_in' && other.instancePath.startsWith(e.instancePath));
    return !identityExtra && !wrapper;
  });
  assert.deepEqual(unexpected, [], `${schemaRef}: ${JSON.stringify(unexpected.slice(0, 3))}`);
}

const management = new ManagementClient({ domain, clientId, clientSecret });
const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push([name, true]);
    console.log(`ok   ${name}`);
  } catch (error) {
    results.push([name, false]);
    console.log(`FAIL ${name}: ${error.message}`);
  }
}

await check('token endpoint answers TokenResponse', async () => {
  const response = await fetch(`https://${domain}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, audience: `https://${domain}/api/v2/` }),
  });
  assert.equal(response.status, 200);
  const body = await response.json();
  validate('auth#/components/schemas/TokenResponse', body);
  assert.equal(body.token_type, 'Bearer');
});

await check('token endpoint errors answer ErrorResponse', async () => {
  const response = await fetch(`https://${domain}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: 'wrong', audience: `https://${domain}/api/v2/` }),
  });
  assert.equal(response.status, 401);
  validate('auth#/components/schemas/ErrorResponse', await response.json());
});

await check('users.get returns a Google user with IdP tokens', async () => {
  const { data, rawResponse } = await management.users.get('google-oauth2|108234567890123456789').withRawResponse();
  validate('mgmt#/components/schemas/GetUserResponseContent', data);
  assert.equal(data.user_id, 'google-oauth2|108234567890123456789');
  assert.match(data.identities[0].access_token, /^ya29\./);
  assert.equal(data.identities[0].expires_in, 3599);
  assert.ok(rawResponse.headers.get('x-ratelimit-remaining') !== null);
});

await check('users.get keeps a numeric GitHub identity user_id', async () => {
  const data = await management.users.get('github|5823109');
  validate('mgmt#/components/schemas/GetUserResponseContent', data);
  assert.equal(typeof data.identities[0].user_id, 'number');
});

await check('users.get returns linked identities with profileData', async () => {
  const [user] = await management.users.listUsersByEmail({ email: 'jordan.lee@example.com' });
  validate('mgmt#/components/schemas/UserResponseSchema', user);
  const full = await management.users.get(user.user_id);
  validate('mgmt#/components/schemas/GetUserResponseContent', full);
  assert.equal(full.identities.length, 3);
  assert.ok(full.identities.every((identity) => identity.profileData));
});

await check('users.list pages a v3 search with totals', async () => {
  const page = await management.users.list({ q: 'email.domain:"contoso.example"', search_engine: 'v3', include_totals: true, per_page: 10 });
  validate('mgmt#/components/schemas/ListUsersOffsetPaginatedResponseContent', page.response);
  assert.equal(page.data.length, 10);
  assert.ok(page.response.total > 10);
  assert.ok(page.hasNextPage());
  const firstId = page.data[0].user_id;
  const next = await page.getNextPage(); // the SDK moves the same Page object on
  assert.equal(next.data.length, 10);
  assert.equal(next.response.start, 10);
  assert.notEqual(next.data[0].user_id, firstId);
});

await check('users.list without totals validates as a bare array', async () => {
  const page = await management.users.list({ search_engine: 'v3', per_page: 5, page: 0 });
  assert.equal(page.data.length, 5);
  for (const user of page.data) validate('mgmt#/components/schemas/UserResponseSchema', user);
});

await check('users.listUsersByEmail is exact and empty on no match', async () => {
  const none = await management.users.listUsersByEmail({ email: 'nobody@example.com' });
  assert.deepEqual(none, []);
});

await check('users.get on an unknown id raises the recorded 404', async () => {
  await assert.rejects(management.users.get('auth0|this-user-id-does-not-exist'), (error) => {
    assert.ok(error instanceof ManagementError);
    assert.equal(error.statusCode, 404);
    assert.equal(error.body.errorCode, 'inexistent_user');
    assert.equal(error.body.message, 'The user does not exist.');
    return true;
  });
});

await check('a wrong client secret fails with 401 access_denied', async () => {
  const wrong = new ManagementClient({ domain, clientId, clientSecret: 'not-the-secret' });
  await assert.rejects(wrong.users.get('github|5823109'), (error) => {
    assert.match(String(error.message) + JSON.stringify(error.body ?? {}), /Unauthorized|access_denied|401/);
    return true;
  });
});

await check('connected accounts validate', async () => {
  const page = await management.users.connectedAccounts.list('google-oauth2|104455667788990011223');
  validate('mgmt#/components/schemas/ListUserConnectedAccountsResponseContent', page.response);
  assert.equal(page.data[0].connection, 'google-workspace-vault');
});

await check('the removed tokensets endpoint answers 404', async () => {
  const token = (await (await fetch(`https://${domain}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, audience: `https://${domain}/api/v2/` }),
  })).json()).access_token;
  const response = await fetch(`https://${domain}/api/v2/users/${encodeURIComponent('google-oauth2|104455667788990011223')}/federated-connections-tokensets`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(response.status, 404);
});

await check('ManagementClient authenticates with a private key (clientAssertionSigningKey)', async () => {
  const keyed = new ManagementClient({
    domain,
    clientId: 'nodeKeyClient',
    clientAssertionSigningKey: readFileSync(process.env.SDK_CHECK_KEY_FILE, 'utf8'),
    clientAssertionSigningAlg: 'RS256',
  });
  const data = await keyed.users.get('github|5823109');
  validate('mgmt#/components/schemas/GetUserResponseContent', data);
  assert.equal(data.user_id, 'github|5823109');
  // A second client with the same key but another ID is refused: the assertion names its client.
  const other = new ManagementClient({
    domain,
    clientId: clientId,
    clientAssertionSigningKey: readFileSync(process.env.SDK_CHECK_KEY_FILE, 'utf8'),
  });
  await assert.rejects(() => other.users.get('github|5823109'));
});

await check('users.logs.list (getLogs before SDK v5) shows the SDK\'s reads of IdP tokens', async () => {
  // The reads above returned the Google user's tokens: each is an mgmt_api_read entry.
  const page = await management.users.logs.list('google-oauth2|108234567890123456789',
    { per_page: 5, page: 0, sort: 'date:-1', include_totals: true });
  assert.ok(page.data.length >= 1, 'no log entry');
  const entry = page.data[0];
  assert.equal(entry.type, 'mgmt_api_read');
  assert.equal(entry.client_id, clientId);
  assert.equal(entry.user_id, 'google-oauth2|108234567890123456789');
  assert.deepEqual(entry.details.accessedSecrets, ['access_token', 'refresh_token']);
  assert.equal(entry.auth0_client?.name, 'node-auth0');
  const text = JSON.stringify(page.data);
  const user = await management.users.get('google-oauth2|108234567890123456789');
  assert.ok(!text.includes(user.identities[0].access_token), 'a log entry holds a token value');
  const none = await management.users.logs.list('auth0|a3171d3764a1954aa0d2ca20', { per_page: 5 });
  assert.ok(Array.isArray(none.data));
});

await check('the identity expires_in looseness of real Auth0 is reproduced', async () => {
  assert.ok(looseness.expiresIn > 0, 'no identity carried expires_in');
});

const passed = results.filter(([, ok]) => ok).length;
const failed = results.length - passed;
console.log(`sdk-check: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
