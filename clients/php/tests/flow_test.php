<?php
// End-to-end test of the PHP client against a live pecd, over gRPC-Web (HTTP/1.1, plaintext).
// Env: PECD_ADDR (host:port), PECD_ADMIN_KEY (role admin), PECD_ALBO_KEY (role albo).
// Plain PHP (no PHPUnit): prints one line per check, then "N passed, N failed"; exits 1 on any
// failure or missing env. Needs a server where Ordine "PHP" and member SPSPRI85C54L219V are new.

declare(strict_types=1);

// The autoloader to test through: test.sh passes an application's vendor/autoload.php (the
// package installed with Composer); by default, this package's autoload.php (no Composer).
require $argv[1] ?? __DIR__ . '/../autoload.php';

use Google\Rpc\Code;
use TsrmPstrp\Pec\Grpc\Health\V1\HealthCheckRequest;
use TsrmPstrp\Pec\Grpc\Health\V1\HealthCheckResponse;
use TsrmPstrp\Pec\Grpc\Health\V1\HealthCheckResponse\ServingStatus;
use TsrmPstrp\Pec\Client\GrpcException;
use TsrmPstrp\Pec\Client\GrpcWebClient;
use TsrmPstrp\Pec\V1\AcceptAssignmentRequest;
use TsrmPstrp\Pec\V1\ActivationServiceClient;
use TsrmPstrp\Pec\V1\Albo;
use TsrmPstrp\Pec\V1\CreateActivationRequestRequest;
use TsrmPstrp\Pec\V1\CreateOrdineRequest;
use TsrmPstrp\Pec\V1\EventKind;
use TsrmPstrp\Pec\V1\EventServiceClient;
use TsrmPstrp\Pec\V1\GetMailboxRequest;
use TsrmPstrp\Pec\V1\ListAssignmentsRequest;
use TsrmPstrp\Pec\V1\MailboxServiceClient;
use TsrmPstrp\Pec\V1\MailboxState;
use TsrmPstrp\Pec\V1\Member;
use TsrmPstrp\Pec\V1\Ordine;
use TsrmPstrp\Pec\V1\RegisterStatus;
use TsrmPstrp\Pec\V1\RegistryServiceClient;
use TsrmPstrp\Pec\V1\SyncMembersRequest;
use TsrmPstrp\Pec\V1\UpsertMemberRequest;
use TsrmPstrp\Pec\V1\WatchEventsRequest;
use TsrmPstrp\Pec\V1\WatchEventsResponse;

const ORDINE = 'PHP';
const CF = 'SPSPRI85C54L219V';
const GIVEN = 'Piera';
const FAMILY = 'Esposito';

$passed = 0;
$failed = 0;

final class CheckFailed extends \Exception
{
}

function check(bool $ok, string $what): void
{
    global $passed;
    if (!$ok) {
        throw new CheckFailed($what);
    }
    $passed++;
    echo "  ok  $what\n";
}

function uuid4(): string
{
    $b = random_bytes(16);
    $b[6] = chr((ord($b[6]) & 0x0f) | 0x40);
    $b[8] = chr((ord($b[8]) & 0x3f) | 0x80);
    return vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($b), 4));
}

/** Runs $fn and returns the GrpcException it throws; fails the check if it throws none. */
function expectError(callable $fn, string $what): GrpcException
{
    try {
        $fn();
    } catch (GrpcException $e) {
        return $e;
    }
    throw new CheckFailed("$what: the call succeeded, an error was expected");
}

// Any PHP warning, notice or deprecation (ours or the runtime's) fails the test.
set_error_handler(static function (int $severity, string $message, string $file, int $line): bool {
    throw new \ErrorException($message, 0, $severity, $file, $line);
});

$env = [];
foreach (['PECD_ADDR', 'PECD_ADMIN_KEY', 'PECD_ALBO_KEY'] as $name) {
    $value = getenv($name);
    if ($value === false || $value === '') {
        fwrite(STDERR, "flow_test.php: $name is not set (need PECD_ADDR, PECD_ADMIN_KEY, PECD_ALBO_KEY)\n");
        exit(2);
    }
    $env[$name] = $value;
}
$url = 'http://' . $env['PECD_ADDR']; // plaintext: explicit http:// (the default is TLS)

$anonymous = new GrpcWebClient($url, null, ['timeout' => 10]);
$admin = new GrpcWebClient($url, $env['PECD_ADMIN_KEY'], ['timeout' => 10]);
$albo = new GrpcWebClient($url, $env['PECD_ALBO_KEY'], ['timeout' => 10]);

$steps = [];

$steps['a. health check, no key'] = function () use ($anonymous): void {
    $res = $anonymous->unary('/grpc.health.v1.Health/Check', new HealthCheckRequest(), HealthCheckResponse::class);
    check($res instanceof HealthCheckResponse, 'Health/Check returns a HealthCheckResponse');
    check($res->getStatus() === ServingStatus::SERVING, 'status is SERVING (got ' . ServingStatus::name($res->getStatus()) . ')');
};

$steps['a2. a stream that never ends, read message by message (Health/Watch)'] = function () use ($anonymous): void {
    $seen = [];
    $started = microtime(true);
    $anonymous->serverStreamingEach(
        '/grpc.health.v1.Health/Watch',
        new HealthCheckRequest(),
        HealthCheckResponse::class,
        function (HealthCheckResponse $res) use (&$seen): bool {
            $seen[] = $res->getStatus();
            return false; // one is enough: stop the stream
        },
        [],
        0.0
    );
    check($seen === [ServingStatus::SERVING], 'the first message arrives while the stream stays open: SERVING');
    check(microtime(true) - $started < 5, 'stopping from the callback cancels the call at once');
};

$steps['b. a call without key is UNAUTHENTICATED'] = function () use ($anonymous): void {
    $e = expectError(
        fn () => (new RegistryServiceClient($anonymous))->getOrdine(new \TsrmPstrp\Pec\V1\GetOrdineRequest(['code' => ORDINE])),
        'GetOrdine without key'
    );
    check($e->getCode() === Code::UNAUTHENTICATED, "code UNAUTHENTICATED (got {$e->getStatusName()}: {$e->getMessage()})");
    check($e->getStatusName() === 'UNAUTHENTICATED', 'status name UNAUTHENTICATED');
    check(strpos($e->getMessage(), 'API key') !== false && strpos($e->getMessage(), '%20') === false,
        "grpc-message percent-decoded: \"{$e->getMessage()}\"");
    $meta = $e->getMetadata();
    check(($meta['grpc-status'][0] ?? null) === '16', 'trailers-only response: grpc-status is an HTTP header');
};

$steps['c. admin creates Ordine ' . ORDINE] = function () use ($admin): void {
    $res = (new RegistryServiceClient($admin))->createOrdine(new CreateOrdineRequest([
        'request_id' => uuid4(),
        'ordine' => new Ordine([
            'code' => ORDINE,
            'name' => 'Ordine TSRM e PSTRP (test del client PHP)',
            'pec_address' => strtolower(ORDINE) . '@pec.tsrm.org',
            'adheres_to_convention' => true,
            'convention_since' => '2024-01-01',
        ]),
    ]));
    $o = $res->getOrdine();
    check($o !== null && $o->getCode() === ORDINE, 'CreateOrdine returns the Ordine ' . ORDINE);
    check($o->getAdheresToConvention() && $o->getConventionSince() === '2024-01-01', 'adheres since 2024-01-01');
    check($o->getPecAddress() === 'php@pec.tsrm.org', 'pec_address php@pec.tsrm.org');
    check($o->getCreateTime() !== null && $o->getCreateTime()->getSeconds() > 0, 'create_time set (google.protobuf.Timestamp)');
};

$member = new Member([
    'codice_fiscale' => CF,
    'given_name' => GIVEN,
    'family_name' => FAMILY,
    'ordine_code' => ORDINE,
    'albo' => Albo::ALBO_TECNICO_SANITARIO_RADIOLOGIA_MEDICA,
    'registration_number' => 'PHP-0001',
    'personal_email' => strtolower(GIVEN . '.' . FAMILY) . '@example.com',
    'register_status' => RegisterStatus::REGISTER_STATUS_ACTIVE,
]);

$steps['d. albo upserts ' . GIVEN . ' ' . FAMILY] = function () use ($albo, $member): void {
    $res = (new RegistryServiceClient($albo))->upsertMember(new UpsertMemberRequest([
        'request_id' => uuid4(),
        'member' => $member,
    ]));
    check($res->getCreated(), 'UpsertMember created the member');
    check($res->getMember()->getCodiceFiscale() === CF, 'member codice_fiscale ' . CF);
    check($res->getMember()->getRegisterStatus() === RegisterStatus::REGISTER_STATUS_ACTIVE, 'member is REGISTER_STATUS_ACTIVE');
};

$steps['d2. client streaming: SyncMembers in two frames'] = function () use ($albo, $member): void {
    $bad = new Member(['codice_fiscale' => 'RSSMRA80A01H501X', 'given_name' => 'Mario', 'family_name' => 'Rossi',
        'ordine_code' => ORDINE, 'albo' => Albo::ALBO_TECNICO_SANITARIO_RADIOLOGIA_MEDICA,
        'registration_number' => '1', 'personal_email' => 'mario.rossi@example.com',
        'register_status' => RegisterStatus::REGISTER_STATUS_ACTIVE]);
    $res = (new RegistryServiceClient($albo))->syncMembers([
        new SyncMembersRequest(['members' => [$member]]),
        new SyncMembersRequest(['members' => [$bad]]),
    ]);
    check($res->getUnchanged() == 1 && $res->getCreated() == 0 && $res->getUpdated() == 0,
        "first frame: the member is unchanged (created {$res->getCreated()}, updated {$res->getUpdated()}, unchanged {$res->getUnchanged()})");
    check($res->getRejected() == 1 && count($res->getRejectedRows()) === 1, 'second frame: one row rejected');
    $row = $res->getRejectedRows()[0];
    check($row->getIndex() == 1 && $row->getKey() === 'RSSMRA80A01H501X' && $row->getCode() === Code::INVALID_ARGUMENT,
        "rejected row is index 1 of the stream, INVALID_ARGUMENT ({$row->getReason()})");
};

$steps['d3. the change feed: watch, stop, change, resume from the cursor'] = function () use ($admin, $albo, $member): void {
    $events = new EventServiceClient($admin);
    $filter = [
        'ordine_code' => ORDINE,
        'kinds' => [EventKind::EVENT_KIND_MEMBER_CREATED, EventKind::EVENT_KIND_MEMBER_UPDATED],
    ];
    // Everything held about the Ordine's members, up to the member's creation.
    $cursor = null;
    $events->watchEventsEach(
        new WatchEventsRequest($filter + ['from_oldest' => true]),
        function (WatchEventsResponse $res) use (&$cursor): bool {
            $event = $res->getEvent();
            if ($event !== null && $event->getResourceId() === CF) {
                $cursor = $event->getCursor();
                return false; // stop here; resume later from this cursor
            }
            return true;
        },
        [],
        15.0
    );
    check($cursor !== null && $cursor !== '', 'the creation of ' . CF . ' is in the feed, with a cursor');

    // A change while nobody watches...
    $email = 'piera.esposito.nuova@example.com';
    $changed = clone $member;
    $changed->setPersonalEmail($email);
    (new RegistryServiceClient($albo))->upsertMember(new UpsertMemberRequest([
        'request_id' => uuid4(),
        'member' => $changed,
    ]));

    // ...is the first event after the cursor.
    $next = null;
    $events->watchEventsEach(
        new WatchEventsRequest($filter + ['cursor' => $cursor]),
        function (WatchEventsResponse $res) use (&$next): bool {
            $next = $res->getEvent();
            return $next === null; // skip heartbeats, stop at the first event
        },
        [],
        15.0
    );
    check($next !== null && $next->getKind() === EventKind::EVENT_KIND_MEMBER_UPDATED && $next->getResourceId() === CF,
        'resumed: the next event is MEMBER_UPDATED of ' . CF);
    check($next->getMember() !== null && $next->getMember()->getPersonalEmail() === $email,
        'the event carries the member as it is now');
    check($next->getCursor() !== $cursor, 'the event has a cursor of its own');
};

$state = [];

$steps['e. admin creates the activation request'] = function () use ($admin, &$state): void {
    $res = (new ActivationServiceClient($admin))->createActivationRequest(new CreateActivationRequestRequest([
        'request_id' => uuid4(),
        'codice_fiscale' => CF,
    ]));
    $ar = $res->getActivationRequest();
    check($ar !== null && $ar->getId() !== '', 'CreateActivationRequest returns a request id ' . ($ar ? $ar->getId() : ''));
    $state['request_id'] = $ar->getId();
};

$steps['f. albo polls ListAssignments'] = function () use ($albo, &$state): void {
    $activation = new ActivationServiceClient($albo);
    $deadline = microtime(true) + 30;
    $assignments = [];
    do {
        $assignments = iterator_to_array($activation->listAssignments(new ListAssignmentsRequest(['codice_fiscale' => CF]))->getAssignments());
        if ($assignments !== []) {
            break;
        }
        usleep(200000);
    } while (microtime(true) < $deadline);
    check(count($assignments) === 1, 'one assignment appeared within 30 s (got ' . count($assignments) . ')');
    $a = $assignments[0];
    check($a->getActivationRequestId() === $state['request_id'], 'assignment is for our activation request');
    check($a->getOrdineCode() === ORDINE, 'assignment ordine_code ' . ORDINE);
    $state['address'] = $a->getMailboxAddress();
};

$steps['g. albo accepts the assignment'] = function () use ($albo, &$state): void {
    $res = (new ActivationServiceClient($albo))->acceptAssignment(new AcceptAssignmentRequest([
        'activation_request_id' => $state['request_id'],
        'codice_fiscale' => CF,
    ]));
    check($res->getMailbox() !== null && $res->getMailbox()->getAddress() === $state['address'], 'AcceptAssignment returns the mailbox');
};

$steps['h. admin reads the mailbox: ATTIVO'] = function () use ($admin, &$state): void {
    $expected = strtolower(GIVEN . '.' . FAMILY) . '@tsrm-pstrp.org';
    check($state['address'] === $expected, "assignment address is $expected (got {$state['address']})");
    $res = (new MailboxServiceClient($admin))->getMailbox(new GetMailboxRequest(['address' => $expected]));
    $mb = $res->getMailbox();
    check($mb->getAddress() === $expected, 'GetMailbox returns ' . $expected);
    check($mb->getState() === MailboxState::MAILBOX_STATE_ATTIVO, 'state MAILBOX_STATE_ATTIVO (got ' . MailboxState::name($mb->getState()) . ')');
    check($mb->getCodiceFiscale() === CF && $mb->getOrdineCode() === ORDINE, 'mailbox holder and Ordine');
};

$steps['i. bad codice fiscale: INVALID_ARGUMENT with rich details'] = function () use ($albo): void {
    $e = expectError(
        fn () => (new ActivationServiceClient($albo))->listAssignments(new ListAssignmentsRequest(['codice_fiscale' => 'RSSMRA80A01H501X'])),
        'ListAssignments with a wrong check character'
    );
    check($e->getCode() === Code::INVALID_ARGUMENT, "code INVALID_ARGUMENT (got {$e->getStatusName()}: {$e->getMessage()})");
    $violations = $e->getFieldViolations();
    check(isset($violations['codice_fiscale']) && $violations['codice_fiscale'][0] !== '',
        'BadRequest field violation on codice_fiscale: ' . ($violations['codice_fiscale'][0] ?? 'none'));
    check(array_keys($violations) === ['codice_fiscale'], 'no other field violations');
    $it = $e->getLocalizedMessage('it-IT');
    check($it !== null && $it !== '', "it-IT LocalizedMessage: $it");
    check($e->getReason() !== null && $e->getReason() !== '', 'ErrorInfo reason: ' . $e->getReason());
    check($e->getStatus() !== null && $e->getStatus()->getCode() === Code::INVALID_ARGUMENT, 'google.rpc.Status decoded');
};

$steps['j. client-side errors map to gRPC codes'] = function () use ($env): void {
    $e = expectError(
        fn () => (new GrpcWebClient('http://' . $env['PECD_ADDR'], $env['PECD_ADMIN_KEY']))
            ->unary('/pec.v1.NoSuchService/Nope', new HealthCheckRequest(), HealthCheckResponse::class),
        'unknown method'
    );
    check($e->getCode() === Code::UNIMPLEMENTED, "unknown method is UNIMPLEMENTED (got {$e->getStatusName()})");
    $e = expectError(
        fn () => (new GrpcWebClient('http://127.0.0.1:1', null, ['connect_timeout' => 2]))
            ->unary('/grpc.health.v1.Health/Check', new HealthCheckRequest(), HealthCheckResponse::class),
        'closed port'
    );
    check($e->getCode() === Code::UNAVAILABLE, "closed port is UNAVAILABLE (got {$e->getStatusName()})");
    // Health/Watch streams until the deadline.
    $e = expectError(
        fn () => (new GrpcWebClient('http://' . $env['PECD_ADDR'], null, ['timeout' => 0.5]))
            ->serverStreaming('/grpc.health.v1.Health/Watch', new HealthCheckRequest(), HealthCheckResponse::class),
        'endless stream with a 0.5 s timeout'
    );
    check($e->getCode() === Code::DEADLINE_EXCEEDED, "timeout is DEADLINE_EXCEEDED (got {$e->getStatusName()})");
    // No scheme means TLS: a TLS handshake with the plaintext test server must fail.
    $e = expectError(
        fn () => (new GrpcWebClient($env['PECD_ADDR'], null, ['timeout' => 5]))
            ->unary('/grpc.health.v1.Health/Check', new HealthCheckRequest(), HealthCheckResponse::class),
        'TLS to a plaintext port'
    );
    check($e->getCode() === Code::UNAVAILABLE && stripos($e->getMessage(), 'SSL') !== false,
        "a target without scheme uses TLS (got {$e->getStatusName()}: {$e->getMessage()})");
};

foreach ($steps as $name => $step) {
    echo "$name\n";
    try {
        $step();
    } catch (CheckFailed $e) {
        $failed++;
        echo "  FAIL {$e->getMessage()}\n";
        break; // later steps depend on this one
    } catch (GrpcException $e) {
        $failed++;
        echo "  FAIL unexpected $e\n";
        foreach ($e->getFieldViolations() as $field => $descriptions) {
            echo "       $field: " . implode('; ', $descriptions) . "\n";
        }
        break;
    } catch (\Throwable $e) {
        $failed++;
        echo "  FAIL unexpected $e\n";
        break;
    }
}

echo "\n$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
