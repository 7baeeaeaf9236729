<?php
// PSR-4 autoloader for projects without Composer: `require 'path/to/clients/php/autoload.php';`.
// With Composer, use the "autoload" section of composer.json instead.
//
// The Google\Protobuf runtime is not part of this package. It is found, in this order:
//   1. already loaded or autoloadable (the `protobuf` C extension, or Composer's google/protobuf);
//   2. on PHP's include_path, as Debian's php-google-protobuf installs it (/usr/share/php).

spl_autoload_register(static function (string $class): void {
    static $prefixes = [
        'Pec\\Client\\' => __DIR__ . '/lib/Pec/Client/',
        'Pec\\V1\\' => __DIR__ . '/src/Pec/V1/',
        'GPBMetadata\\Pec\\V1\\' => __DIR__ . '/src/GPBMetadata/Pec/V1/',
        'Google\\Rpc\\' => __DIR__ . '/src/Google/Rpc/',
        'GPBMetadata\\Google\\Rpc\\' => __DIR__ . '/src/GPBMetadata/Google/Rpc/',
        'Grpc\\Health\\V1\\' => __DIR__ . '/src/Grpc/Health/V1/',
        'GPBMetadata\\Grpc\\Health\\V1\\' => __DIR__ . '/src/GPBMetadata/Grpc/Health/V1/',
    ];
    foreach ($prefixes as $prefix => $dir) {
        if (strncmp($class, $prefix, strlen($prefix)) === 0) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
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
});
