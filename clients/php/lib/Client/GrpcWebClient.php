<?php

namespace TsrmPstrp\Pec\Client;

use Google\Protobuf\Internal\Message;
use Google\Rpc\Code;

/**
 * A gRPC-Web client (binary `application/grpc-web+proto`) over ext-curl and HTTP/1.1.
 *
 * Every call carries `authorization: Bearer <key>` when a key is given. TLS is the default:
 * a target without a scheme ("pec.example.org:443") is reached over https with the system's
 * CA store; plaintext is used only for an explicit "http://" target (local tests).
 *
 * Unary and server-streaming calls are supported; client streaming works too because the
 * request messages are sent as consecutive frames of one request body (the server reads them
 * as a stream). A failed call throws GrpcException, with the google.rpc.Status details of the
 * `grpc-status-details-bin` trailer decoded.
 */
final class GrpcWebClient
{
    private string $baseUrl;
    private ?string $apiKey;
    private float $timeout;
    private float $connectTimeout;
    private ?string $caFile;
    private ?string $certFile;
    private ?string $keyFile;
    /** @var array<string, string|string[]> */
    private array $metadata;

    /**
     * @param string $target "https://host[:port]", "host:port" (TLS too), or "http://host:port"
     *                       for plaintext
     * @param string|null $apiKey the bearer key; null sends no authorization header
     * @param array{timeout?: float, connect_timeout?: float, ca_file?: string,
     *              cert_file?: string, key_file?: string,
     *              metadata?: array<string, string|string[]>} $options
     *        timeout: deadline of each call in seconds (default 30), also sent as grpc-timeout;
     *        connect_timeout: seconds (default 10); ca_file: PEM bundle to trust instead of the
     *        system's; cert_file and key_file (together): the client certificate (PEM) and its
     *        key, for a pecd that requires mutual TLS; metadata: extra headers sent on every call
     */
    public function __construct(string $target, ?string $apiKey = null, array $options = [])
    {
        if (!extension_loaded('curl')) {
            throw new \LogicException('TsrmPstrp\Pec\Client\GrpcWebClient needs the curl extension');
        }
        $target = rtrim($target, '/');
        if (preg_match('#^https?://#i', $target) === 1) {
            $this->baseUrl = $target;
        } elseif (strpos($target, '://') !== false) {
            throw new \InvalidArgumentException("unsupported scheme in target '$target' (use https:// or http://)");
        } else {
            $this->baseUrl = 'https://' . $target;
        }
        if ($apiKey !== null && ($apiKey === '' || preg_match('/[\x00-\x20\x7f]/', $apiKey) === 1)) {
            throw new \InvalidArgumentException('the API key is empty or contains spaces or control characters');
        }
        $this->apiKey = $apiKey;
        $this->timeout = (float) ($options['timeout'] ?? 30.0);
        $this->connectTimeout = (float) ($options['connect_timeout'] ?? 10.0);
        $this->caFile = $options['ca_file'] ?? null;
        $this->certFile = $options['cert_file'] ?? null;
        $this->keyFile = $options['key_file'] ?? null;
        $this->metadata = $options['metadata'] ?? [];
        $unknown = array_diff(
            array_keys($options),
            ['timeout', 'connect_timeout', 'ca_file', 'cert_file', 'key_file', 'metadata']
        );
        if ($unknown !== []) {
            throw new \InvalidArgumentException('unknown option(s): ' . implode(', ', $unknown));
        }
        if (($this->certFile === null) !== ($this->keyFile === null)) {
            throw new \InvalidArgumentException('cert_file and key_file go together (mutual TLS)');
        }
        if ($this->certFile !== null && strncasecmp($this->baseUrl, 'http://', 7) === 0) {
            throw new \InvalidArgumentException('a client certificate needs TLS, not http://');
        }
    }

    /**
     * Calls a unary method.
     *
     * @template T of Message
     * @param string $path "/package.Service/Method", e.g. "/pec.v1.RegistryService/CreateOrdine"
     * @param class-string<T> $responseClass
     * @param array<string, string|string[]> $metadata extra headers for this call
     * @return T
     * @throws GrpcException
     */
    public function unary(string $path, Message $request, string $responseClass, array $metadata = []): Message
    {
        $messages = $this->call($path, self::frame($request), $responseClass, $metadata);
        if (count($messages) !== 1) {
            throw new GrpcException(Code::INTERNAL, sprintf('%s: expected one response message, got %d', $path, count($messages)));
        }
        return $messages[0];
    }

    /**
     * Calls a server-streaming method; the whole stream is read before returning.
     *
     * @template T of Message
     * @param class-string<T> $responseClass
     * @param array<string, string|string[]> $metadata
     * @return list<T>
     * @throws GrpcException
     */
    public function serverStreaming(string $path, Message $request, string $responseClass, array $metadata = []): array
    {
        return $this->call($path, self::frame($request), $responseClass, $metadata);
    }

    /**
     * Calls a server-streaming method and hands each message to `$onMessage` as it arrives,
     * for streams that do not end by themselves (EventService.WatchEvents, Health/Watch).
     * `$onMessage` returns false to stop: the call is then cancelled, without an error.
     *
     * @template T of Message
     * @param class-string<T> $responseClass
     * @param callable(T): bool $onMessage
     * @param array<string, string|string[]> $metadata
     * @param float|null $timeout seconds for this call; null: the client's timeout; 0: none
     * @throws GrpcException when the stream ends with an error (not when `$onMessage` stops it)
     */
    public function serverStreamingEach(
        string $path,
        Message $request,
        string $responseClass,
        callable $onMessage,
        array $metadata = [],
        ?float $timeout = null
    ): void {
        $this->call($path, self::frame($request), $responseClass, $metadata, $onMessage, $timeout);
    }

    /**
     * Calls a client-streaming method: the requests go as consecutive frames of one body.
     *
     * @template T of Message
     * @param iterable<Message> $requests
     * @param class-string<T> $responseClass
     * @param array<string, string|string[]> $metadata
     * @return T
     * @throws GrpcException
     */
    public function clientStreaming(string $path, iterable $requests, string $responseClass, array $metadata = []): Message
    {
        $body = '';
        foreach ($requests as $request) {
            $body .= self::frame($request);
        }
        $messages = $this->call($path, $body, $responseClass, $metadata);
        if (count($messages) !== 1) {
            throw new GrpcException(Code::INTERNAL, sprintf('%s: expected one response message, got %d', $path, count($messages)));
        }
        return $messages[0];
    }

    private static function frame(Message $message): string
    {
        $bytes = $message->serializeToString();
        return "\x00" . pack('N', strlen($bytes)) . $bytes;
    }

    /**
     * @param array<string, string|string[]> $metadata
     * @return list<Message>
     * @throws GrpcException
     */
    private function call(
        string $path,
        string $body,
        string $responseClass,
        array $metadata,
        ?callable $onMessage = null,
        ?float $timeout = null
    ): array {
        $timeout = $timeout ?? $this->timeout;
        if (preg_match('#^/[A-Za-z0-9_.]+/[A-Za-z0-9_]+$#', $path) !== 1) {
            throw new \InvalidArgumentException("bad method path '$path' (want /package.Service/Method)");
        }
        $headers = [
            'content-type: application/grpc-web+proto',
            'accept: application/grpc-web+proto',
            'x-grpc-web: 1',
            'x-user-agent: pec-php-client grpc-web',
            'expect:', // no "100-continue" round trip for large bodies
        ];
        if ($timeout > 0) {
            $headers[] = 'grpc-timeout: ' . max(1, (int) ceil($timeout * 1000)) . 'm';
        }
        if ($this->apiKey !== null) {
            $headers[] = 'authorization: Bearer ' . $this->apiKey;
        }
        foreach (array_merge($this->metadata, $metadata) as $name => $values) {
            $name = strtolower((string) $name);
            if (preg_match('/^[0-9a-z_.-]+$/', $name) !== 1) {
                throw new \InvalidArgumentException("bad metadata name '$name'");
            }
            foreach ((array) $values as $value) {
                $value = (string) $value;
                if (substr($name, -4) === '-bin') {
                    $value = base64_encode($value);
                } elseif (preg_match('/[\x00-\x1f\x7f]/', $value) === 1) {
                    throw new \InvalidArgumentException("control character in metadata '$name'");
                }
                $headers[] = "$name: $value";
            }
        }

        $responseHeaders = [];
        $ch = curl_init($this->baseUrl . $path);
        $options = [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => $body,
            CURLOPT_HTTPHEADER => $headers,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTP_VERSION => CURL_HTTP_VERSION_1_1,
            CURLOPT_FOLLOWLOCATION => false,
            CURLOPT_PROTOCOLS => CURLPROTO_HTTP | CURLPROTO_HTTPS,
            CURLOPT_USERAGENT => 'pec-php-client',
            CURLOPT_TIMEOUT_MS => $timeout > 0 ? max(1, (int) ceil($timeout * 1000)) : 0,
            CURLOPT_CONNECTTIMEOUT_MS => max(1, (int) ceil($this->connectTimeout * 1000)),
            CURLOPT_SSL_VERIFYPEER => true,
            CURLOPT_SSL_VERIFYHOST => 2,
            CURLOPT_HEADERFUNCTION => static function ($ch, string $line) use (&$responseHeaders): int {
                $trimmed = rtrim($line, "\r\n");
                if (strncmp($trimmed, 'HTTP/', 5) === 0) {
                    $responseHeaders = []; // a new response (e.g. after "100 Continue")
                } elseif (($colon = strpos($trimmed, ':')) !== false) {
                    $responseHeaders[strtolower(substr($trimmed, 0, $colon))][] = trim(substr($trimmed, $colon + 1));
                }
                return strlen($line);
            },
        ];
        if ($this->caFile !== null) {
            $options[CURLOPT_CAINFO] = $this->caFile;
        }
        if ($this->certFile !== null && $this->keyFile !== null) {
            $options[CURLOPT_SSLCERT] = $this->certFile;
            $options[CURLOPT_SSLCERTTYPE] = 'PEM';
            $options[CURLOPT_SSLKEY] = $this->keyFile;
            $options[CURLOPT_SSLKEYTYPE] = 'PEM';
        }
        // Streaming to a callback: complete data frames are decoded and handed over as they
        // arrive; the rest (the trailer frame) stays in $responseBody for the checks below.
        $stopped = false;
        $failure = null;
        $streamed = '';
        if ($onMessage !== null) {
            $options[CURLOPT_RETURNTRANSFER] = false;
            $options[CURLOPT_WRITEFUNCTION] = function ($ch, string $chunk) use (
                &$streamed, &$stopped, &$failure, $onMessage, $responseClass, $path
            ): int {
                $streamed .= $chunk;
                while (strlen($streamed) >= 5 && (ord($streamed[0]) & 0x80) === 0) {
                    $size = unpack('N', substr($streamed, 1, 4))[1];
                    if (strlen($streamed) < 5 + $size) {
                        break;
                    }
                    $payload = (string) substr($streamed, 5, $size);
                    $streamed = (string) substr($streamed, 5 + $size);
                    /** @var Message $message */
                    $message = new $responseClass();
                    try {
                        $message->mergeFromString($payload);
                    } catch (\Exception $e) {
                        $failure = new GrpcException(Code::INTERNAL, "$path: cannot decode $responseClass: " . $e->getMessage(), null, [], $e);
                        return 0;
                    }
                    try {
                        $more = $onMessage($message);
                    } catch (\Throwable $e) {
                        $failure = $e; // the caller's own exception, rethrown as is
                        return 0;
                    }
                    if ($more === false) {
                        $stopped = true;
                        return 0; // makes curl abort the transfer
                    }
                }
                return strlen($chunk);
            };
        }
        curl_setopt_array($ch, $options);
        $responseBody = curl_exec($ch);
        $errno = curl_errno($ch);
        $error = curl_error($ch);
        $httpStatus = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        curl_close($ch);
        if ($failure !== null) {
            throw $failure;
        }
        if ($stopped) {
            return [];
        }
        if ($onMessage !== null && $errno === 0) {
            $responseBody = $streamed;
        }

        if ($errno !== 0 || !is_string($responseBody)) {
            $code = $errno === CURLE_OPERATION_TIMEDOUT ? Code::DEADLINE_EXCEEDED : Code::UNAVAILABLE;
            throw new GrpcException($code, "$path: $error (curl error $errno)");
        }

        // Data frames, then at most one trailer frame.
        $payloads = [];
        $trailers = null;
        $offset = 0;
        $length = strlen($responseBody);
        while ($offset < $length) {
            if ($length - $offset < 5) {
                throw new GrpcException(Code::INTERNAL, "$path: truncated gRPC-Web frame header", null, $responseHeaders);
            }
            $flags = ord($responseBody[$offset]);
            $size = unpack('N', substr($responseBody, $offset + 1, 4))[1];
            if ($length - $offset - 5 < $size) {
                throw new GrpcException(Code::INTERNAL, "$path: truncated gRPC-Web frame", null, $responseHeaders);
            }
            $payload = (string) substr($responseBody, $offset + 5, $size);
            $offset += 5 + $size;
            if (($flags & 0x01) !== 0) {
                throw new GrpcException(Code::INTERNAL, "$path: compressed frame received but no compression was offered", null, $responseHeaders);
            }
            if (($flags & 0x80) !== 0) {
                $trailers = self::parseTrailers($payload);
                break;
            }
            $payloads[] = $payload;
        }

        $contentType = strtolower($responseHeaders['content-type'][0] ?? '');
        if ($trailers !== null) {
            $statusFrom = $trailers;
        } elseif (isset($responseHeaders['grpc-status'])) {
            $statusFrom = $responseHeaders; // trailers-only response
        } elseif ($httpStatus !== 200) {
            throw new GrpcException(self::codeForHttpStatus($httpStatus), sprintf(
                '%s: HTTP %d without grpc-status (%s)', $path, $httpStatus, $contentType ?: 'no content-type'
            ), null, $responseHeaders);
        } elseif (strncmp($contentType, 'application/grpc-web', 20) !== 0) {
            throw new GrpcException(Code::UNKNOWN, "$path: unexpected content-type '$contentType'", null, $responseHeaders);
        } else {
            throw new GrpcException(Code::INTERNAL, "$path: response without grpc-status", null, $responseHeaders);
        }
        $allMetadata = array_merge($responseHeaders, $trailers ?? []);

        $statusValue = $statusFrom['grpc-status'][0] ?? '';
        $code = ctype_digit($statusValue) ? (int) $statusValue : Code::UNKNOWN;
        if ($code !== Code::OK) {
            throw GrpcException::fromWire(
                $code,
                rawurldecode($statusFrom['grpc-message'][0] ?? ''),
                $statusFrom['grpc-status-details-bin'][0] ?? null,
                $allMetadata
            );
        }

        $messages = [];
        foreach ($payloads as $payload) {
            /** @var Message $message */
            $message = new $responseClass();
            try {
                $message->mergeFromString($payload);
            } catch (\Exception $e) {
                throw new GrpcException(Code::INTERNAL, "$path: cannot decode $responseClass: " . $e->getMessage(), null, $allMetadata, $e);
            }
            $messages[] = $message;
        }
        return $messages;
    }

    /** @return array<string, list<string>> */
    private static function parseTrailers(string $block): array
    {
        $trailers = [];
        foreach (preg_split('/\r?\n/', $block) as $line) {
            $colon = strpos($line, ':');
            if ($colon !== false) {
                $trailers[strtolower(trim(substr($line, 0, $colon)))][] = trim(substr($line, $colon + 1));
            }
        }
        return $trailers;
    }

    /** The gRPC code for an HTTP status without grpc-status (doc/http-grpc-status-mapping.md). */
    private static function codeForHttpStatus(int $status): int
    {
        switch ($status) {
            case 400:
                return Code::INTERNAL;
            case 401:
                return Code::UNAUTHENTICATED;
            case 403:
                return Code::PERMISSION_DENIED;
            case 404:
                return Code::UNIMPLEMENTED;
            case 429:
            case 502:
            case 503:
            case 504:
                return Code::UNAVAILABLE;
            default:
                return Code::UNKNOWN;
        }
    }
}
