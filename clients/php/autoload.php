<?php
// Autoloader for projects without Composer: `require 'path/to/clients/php/autoload.php';`.
// With Composer, require vendor/autoload.php only (composer.json maps TsrmPstrp\Pec\ and
// brings google/protobuf and google/common-protos).
//
// It loads, in this order of preference:
//   - TsrmPstrp\Pec\... from src/ (generated) and lib/ (hand-written);
//   - Google\Rpc\... (google.rpc status and error details) from google-rpc/, when no autoloader
//     registered before this one provides them (a project that also has Composer's
//     google/common-protos requires vendor/autoload.php first): one copy only is ever loaded;
//   - Google\Protobuf\... (the runtime, not part of this package): already loaded or
//     autoloadable (the `protobuf` C extension, or Composer's google/protobuf), else from PHP's
//     include_path, where Debian's php-google-protobuf installs it (/usr/share/php).

spl_autoload_register(static function (string $class): void {
    static $prefixes = [
        'TsrmPstrp\\Pec\\' => [__DIR__ . '/src/', __DIR__ . '/lib/'],
        'Google\\Rpc\\' => [__DIR__ . '/google-rpc/Google/Rpc/'],
        'GPBMetadata\\Google\\Rpc\\' => [__DIR__ . '/google-rpc/GPBMetadata/Google/Rpc/'],
    ];
    foreach ($prefixes as $prefix => $dirs) {
        if (strncmp($class, $prefix, strlen($prefix)) === 0) {
            $relative = str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            foreach ($dirs as $dir) {
                if (is_file($dir . $relative)) {
                    require $dir . $relative;
                    return;
                }
            }
            return;
        }
    }
    if (strncmp($class, 'Google\\Protobuf\\', 16) === 0
        || strncmp($class, 'GPBMetadata\\Google\\Protobuf\\', 28) === 0) {
        $file = stream_resolve_include_path(str_replace('\\', '/', $class) . '.php');
        if ($file !== false) {
            require $file;
        }
    }
}, true, false);
