<?php
// Mutual TLS from the PHP client: against a pecd started with --tls-client-ca (by test.sh),
// a health check with the client certificate is served; without it, the handshake is refused.
// Env: PECD_TLS_ADDR (localhost:port), PECD_TLS_CA (the CA that signed server and client),
// PECD_TLS_CLIENT_CERT, PECD_TLS_CLIENT_KEY.

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

foreach (['PECD_TLS_ADDR', 'PECD_TLS_CA', 'PECD_TLS_CLIENT_CERT', 'PECD_TLS_CLIENT_KEY'] as $name) {
    if ((getenv($name) ?: '') === '') {
        fwrite(STDERR, "mtls_test.php: set $name\n");
        exit(2);
    }
}
$addr = getenv('PECD_TLS_ADDR');
$ca = getenv('PECD_TLS_CA');
$failed = 0;
$check = static function (bool $ok, string $what) use (&$failed): void {
    echo ($ok ? '  ok   ' : '  FAIL ') . $what . "\n";
    $failed += $ok ? 0 : 1;
};
$health = static fn (GrpcWebClient $client): HealthCheckResponse =>
    $client->unary('/grpc.health.v1.Health/Check', new HealthCheckRequest(), HealthCheckResponse::class);

echo "mutual TLS\n";
$withCert = new GrpcWebClient($addr, null, [
    'ca_file' => $ca,
    'cert_file' => getenv('PECD_TLS_CLIENT_CERT'),
    'key_file' => getenv('PECD_TLS_CLIENT_KEY'),
    'timeout' => 10.0,
]);
try {
    $check($health($withCert)->getStatus() === ServingStatus::SERVING, 'with the client certificate: SERVING');
} catch (GrpcException $e) {
    $check(false, "with the client certificate: {$e->getStatusName()} {$e->getMessage()}");
}
try {
    $health(new GrpcWebClient($addr, null, ['ca_file' => $ca, 'timeout' => 10.0]));
    $check(false, 'without a client certificate the handshake is refused');
} catch (GrpcException $e) {
    $check($e->getCode() === Code::UNAVAILABLE, "without a client certificate: refused ({$e->getStatusName()})");
}
try {
    new GrpcWebClient($addr, null, ['cert_file' => getenv('PECD_TLS_CLIENT_CERT')]);
    $check(false, 'cert_file without key_file is refused');
} catch (\InvalidArgumentException $e) {
    $check(true, 'cert_file without key_file is refused');
}
echo $failed === 0 ? "mutual TLS: passed\n" : "mutual TLS: $failed failed\n";
exit($failed === 0 ? 0 : 1);
