<?php

namespace TsrmPstrp\Pec\Client;

use Google\Protobuf\Any;
use Google\Protobuf\Internal\Message;
use Google\Rpc\BadRequest;
use Google\Rpc\Code;
use Google\Rpc\DebugInfo;
use Google\Rpc\ErrorInfo;
use Google\Rpc\Help;
use Google\Rpc\LocalizedMessage;
use Google\Rpc\PreconditionFailure;
use Google\Rpc\QuotaFailure;
use Google\Rpc\RequestInfo;
use Google\Rpc\ResourceInfo;
use Google\Rpc\RetryInfo;
use Google\Rpc\Status;

/**
 * A failed gRPC call. getCode() is the gRPC status code (Google\Rpc\Code::*), getMessage() the
 * server's message, and the rich details of `grpc-status-details-bin` (a google.rpc.Status) are
 * decoded: getFieldViolations(), getErrorInfo()/getReason(), getLocalizedMessage('it-IT'),
 * getRetryInfo().
 */
final class GrpcException extends \RuntimeException
{
    private const DETAIL_TYPES = [
        'google.rpc.ErrorInfo' => ErrorInfo::class,
        'google.rpc.BadRequest' => BadRequest::class,
        'google.rpc.LocalizedMessage' => LocalizedMessage::class,
        'google.rpc.RetryInfo' => RetryInfo::class,
        'google.rpc.DebugInfo' => DebugInfo::class,
        'google.rpc.QuotaFailure' => QuotaFailure::class,
        'google.rpc.PreconditionFailure' => PreconditionFailure::class,
        'google.rpc.RequestInfo' => RequestInfo::class,
        'google.rpc.ResourceInfo' => ResourceInfo::class,
        'google.rpc.Help' => Help::class,
    ];

    private ?Status $status;
    /** @var array<string, list<string>> */
    private array $metadata;
    /** @var list<Message> */
    private array $details = [];

    /**
     * @param array<string, list<string>> $metadata response headers and trailers
     */
    public function __construct(int $code, string $message, ?Status $status = null, array $metadata = [], ?\Throwable $previous = null)
    {
        parent::__construct($message, $code, $previous);
        $this->status = $status;
        $this->metadata = $metadata;
        if ($status !== null) {
            foreach ($status->getDetails() as $any) {
                $this->details[] = self::unpack($any);
            }
        }
    }

    /**
     * Builds the exception from grpc-status, the decoded grpc-message and the raw
     * grpc-status-details-bin value (base64, padded or not).
     *
     * @param array<string, list<string>> $metadata
     */
    public static function fromWire(int $code, string $message, ?string $detailsBin, array $metadata = []): self
    {
        $status = null;
        if ($detailsBin !== null && $detailsBin !== '') {
            $b64 = strtr($detailsBin, '-_', '+/');
            $b64 .= str_repeat('=', (4 - strlen($b64) % 4) % 4);
            $bytes = base64_decode($b64, true);
            if ($bytes !== false) {
                $status = new Status();
                try {
                    $status->mergeFromString($bytes);
                } catch (\Exception $e) {
                    $status = null; // undecodable details: keep code and message
                }
            }
        }
        return new self($code, $message, $status, $metadata);
    }

    /** The name of the status code, e.g. "INVALID_ARGUMENT". */
    public function getStatusName(): string
    {
        try {
            return Code::name($this->getCode());
        } catch (\UnexpectedValueException $e) {
            return 'CODE_' . $this->getCode();
        }
    }

    /** The google.rpc.Status of grpc-status-details-bin, if the server sent one. */
    public function getStatus(): ?Status
    {
        return $this->status;
    }

    /**
     * The details of the Status, unpacked (ErrorInfo, BadRequest, LocalizedMessage, RetryInfo,
     * ...); a detail of an unknown type stays a Google\Protobuf\Any.
     *
     * @return list<Message>
     */
    public function getDetails(): array
    {
        return $this->details;
    }

    /**
     * Response headers and trailers, lowercase names, each with its list of values.
     *
     * @return array<string, list<string>>
     */
    public function getMetadata(): array
    {
        return $this->metadata;
    }

    public function getErrorInfo(): ?ErrorInfo
    {
        return $this->first(ErrorInfo::class);
    }

    /** ErrorInfo.reason, e.g. "REQUEST_ID_REUSED", or null. */
    public function getReason(): ?string
    {
        $info = $this->getErrorInfo();
        return $info === null ? null : $info->getReason();
    }

    public function getBadRequest(): ?BadRequest
    {
        return $this->first(BadRequest::class);
    }

    /**
     * The BadRequest field violations, as field path => list of descriptions (in order).
     *
     * @return array<string, list<string>>
     */
    public function getFieldViolations(): array
    {
        $violations = [];
        $badRequest = $this->getBadRequest();
        if ($badRequest !== null) {
            foreach ($badRequest->getFieldViolations() as $violation) {
                $violations[$violation->getField()][] = $violation->getDescription();
            }
        }
        return $violations;
    }

    /**
     * The LocalizedMessage for $locale (e.g. "it-IT"; a detail in another region of the same
     * language is accepted), or null.
     */
    public function getLocalizedMessage(string $locale = 'it-IT'): ?string
    {
        $language = self::language($locale);
        $fallback = null;
        foreach ($this->details as $detail) {
            if ($detail instanceof LocalizedMessage) {
                if (strcasecmp($detail->getLocale(), $locale) === 0) {
                    return $detail->getMessage();
                }
                if ($fallback === null && self::language($detail->getLocale()) === $language) {
                    $fallback = $detail->getMessage();
                }
            }
        }
        return $fallback;
    }

    private static function language(string $locale): string
    {
        return strtolower(explode('-', str_replace('_', '-', $locale))[0]);
    }

    public function getRetryInfo(): ?RetryInfo
    {
        return $this->first(RetryInfo::class);
    }

    /** RetryInfo.retry_delay in seconds, or null. */
    public function getRetryDelaySeconds(): ?float
    {
        $info = $this->getRetryInfo();
        $delay = $info === null ? null : $info->getRetryDelay();
        return $delay === null ? null : $delay->getSeconds() + $delay->getNanos() / 1e9;
    }

    public function __toString(): string
    {
        return sprintf('%s: %s: %s', self::class, $this->getStatusName(), $this->getMessage());
    }

    /**
     * @template T of Message
     * @param class-string<T> $class
     * @return T|null
     */
    private function first(string $class): ?Message
    {
        foreach ($this->details as $detail) {
            if ($detail instanceof $class) {
                return $detail;
            }
        }
        return null;
    }

    private static function unpack(Any $any): Message
    {
        $typeUrl = $any->getTypeUrl();
        $name = substr($typeUrl, strrpos($typeUrl, '/') === false ? 0 : strrpos($typeUrl, '/') + 1);
        $class = self::DETAIL_TYPES[$name] ?? null;
        if ($class === null) {
            return $any;
        }
        $message = new $class();
        try {
            $message->mergeFromString($any->getValue());
        } catch (\Exception $e) {
            return $any;
        }
        return $message;
    }
}
