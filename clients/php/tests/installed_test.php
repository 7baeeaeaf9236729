<?php
// The package as an application loads it (test.sh runs it once per install route): real calls
// through the given autoloader, and where the classes came from.
// Usage: php installed_test.php AUTOLOAD GOOGLE_RPC_DIR
//   AUTOLOAD        an application's vendor/autoload.php, or this package's autoload.php
//   GOOGLE_RPC_DIR  the folder Google\Rpc\Status must be loaded from (google/common-protos with
//                   Composer, this package's google-rpc/ without)
// Env: PECD_ADDR (plaintext), PECD_ADMIN_KEY. Needs Ordine "PHP" (made by flow_test.php).

declare(strict_types=1);

if (count($argv) !== 3) {
    fwrite(STDERR, "usage: php installed_test.php AUTOLOAD GOOGLE_RPC_DIR\n");
    exit(2);
}
require $argv[1];

use Google\Rpc\Code;
use Google\Rpc\Status;
use TsrmPstrp\Pec\Client\GrpcException;
use TsrmPstrp\Pec\Client\GrpcWebClient;
use TsrmPstrp\Pec\Grpc\Health\V1\HealthCheckRequest;
use TsrmPstrp\Pec\Grpc\Health\V1\HealthCheckResponse;
use TsrmPstrp\Pec\Grpc\Health\V1\HealthCheckResponse\ServingStatus;
use TsrmPstrp\Pec\V1\GetOrdineRequest;
use TsrmPstrp\Pec\V1\RegistryServiceClient;

$passed = 0;
$failed = 0;
$check = static function (bool $ok, string $what) use (&$passed, &$failed): void {
    echo ($ok ? '  ok   ' : '  FAIL ') . $what . "\n";
    $ok ? $passed++ : $failed++;
};
$addr = 'http://' . (getenv('PECD_ADDR') ?: '');
$admin = new GrpcWebClient($addr, getenv('PECD_ADMIN_KEY') ?: null, ['timeout' => 10.0]);
$anonymous = new GrpcWebClient($addr, null, ['timeout' => 10.0]);

try {
    $health = $anonymous->unary('/grpc.health.v1.Health/Check', new HealthCheckRequest(), HealthCheckResponse::class);
    $check($health->getStatus() === ServingStatus::SERVING, 'Health/Check: SERVING');
    $ordine = (new RegistryServiceClient($admin))->getOrdine(new GetOrdineRequest(['code' => 'PHP']))->getOrdine();
    $check($ordine !== null && $ordine->getCode() === 'PHP', 'GetOrdine PHP with the admin key');
} catch (GrpcException $e) {
    $check(false, "a call failed: {$e->getStatusName()} {$e->getMessage()}");
}
try {
    (new RegistryServiceClient($anonymous))->getOrdine(new GetOrdineRequest(['code' => 'PHP']));
    $check(false, 'GetOrdine without a key fails');
} catch (GrpcException $e) {
    $check($e->getCode() === Code::UNAUTHENTICATED, "GetOrdine without a key: {$e->getStatusName()}");
}

$from = static fn (string $class): string => (string) realpath((string) (new ReflectionClass($class))->getFileName());
$want = (string) realpath($argv[2]);
$check($want !== '' && strncmp($from(Status::class), $want . '/', strlen($want) + 1) === 0,
    'Google\Rpc\Status from ' . $from(Status::class) . " (want under $argv[2])");
$check(!class_exists('Pec\V1\Ordine') && !class_exists('Grpc\Health\V1\HealthCheckRequest'),
    'no class left outside the vendor prefix (Pec\V1, Grpc\Health\V1)');

echo "\n$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
