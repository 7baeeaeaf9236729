import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Albo(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ALBO_UNSPECIFIED: _ClassVar[Albo]
    ALBO_TECNICO_SANITARIO_RADIOLOGIA_MEDICA: _ClassVar[Albo]
    ALBO_ASSISTENTE_SANITARIO: _ClassVar[Albo]
    ALBO_DIETISTA: _ClassVar[Albo]
    ALBO_EDUCATORE_PROFESSIONALE: _ClassVar[Albo]
    ALBO_IGIENISTA_DENTALE: _ClassVar[Albo]
    ALBO_LOGOPEDISTA: _ClassVar[Albo]
    ALBO_ORTOTTISTA_ASSISTENTE_OFTALMOLOGIA: _ClassVar[Albo]
    ALBO_PODOLOGO: _ClassVar[Albo]
    ALBO_TECNICO_AUDIOMETRISTA: _ClassVar[Albo]
    ALBO_TECNICO_AUDIOPROTESISTA: _ClassVar[Albo]
    ALBO_TECNICO_FISIOPATOLOGIA_CARDIOCIRCOLATORIA: _ClassVar[Albo]
    ALBO_TECNICO_PREVENZIONE_AMBIENTE_LAVORO: _ClassVar[Albo]
    ALBO_TECNICO_NEUROFISIOPATOLOGIA: _ClassVar[Albo]
    ALBO_TECNICO_LABORATORIO_BIOMEDICO: _ClassVar[Albo]
    ALBO_TECNICO_ORTOPEDICO: _ClassVar[Albo]
    ALBO_TECNICO_RIABILITAZIONE_PSICHIATRICA: _ClassVar[Albo]
    ALBO_TERAPISTA_NEUROPSICOMOTRICITA_ETA_EVOLUTIVA: _ClassVar[Albo]
    ALBO_TERAPISTA_OCCUPAZIONALE: _ClassVar[Albo]

class RegisterStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REGISTER_STATUS_UNSPECIFIED: _ClassVar[RegisterStatus]
    REGISTER_STATUS_ACTIVE: _ClassVar[RegisterStatus]
    REGISTER_STATUS_SUSPENDED: _ClassVar[RegisterStatus]
    REGISTER_STATUS_STRUCK_OFF: _ClassVar[RegisterStatus]

class ActivationState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACTIVATION_STATE_UNSPECIFIED: _ClassVar[ActivationState]
    ACTIVATION_STATE_RICHIESTA: _ClassVar[ActivationState]
    ACTIVATION_STATE_IN_LAVORAZIONE: _ClassVar[ActivationState]
    ACTIVATION_STATE_DA_ACCETTARE: _ClassVar[ActivationState]
    ACTIVATION_STATE_ACCETTATA: _ClassVar[ActivationState]
    ACTIVATION_STATE_RIFIUTATA: _ClassVar[ActivationState]
    ACTIVATION_STATE_ANNULLATA: _ClassVar[ActivationState]
    ACTIVATION_STATE_FALLITA: _ClassVar[ActivationState]
    ACTIVATION_STATE_SCADUTA: _ClassVar[ActivationState]

class MailboxState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MAILBOX_STATE_UNSPECIFIED: _ClassVar[MailboxState]
    MAILBOX_STATE_NON_ATTIVO: _ClassVar[MailboxState]
    MAILBOX_STATE_ATTIVO: _ClassVar[MailboxState]
    MAILBOX_STATE_SOSPESO: _ClassVar[MailboxState]
    MAILBOX_STATE_CESSATO: _ClassVar[MailboxState]

class SuspensionCause(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUSPENSION_CAUSE_UNSPECIFIED: _ClassVar[SuspensionCause]
    SUSPENSION_CAUSE_ORDINE: _ClassVar[SuspensionCause]
    SUSPENSION_CAUSE_OPERATOR: _ClassVar[SuspensionCause]
    SUSPENSION_CAUSE_REGISTER_SUSPENDED: _ClassVar[SuspensionCause]
    SUSPENSION_CAUSE_REGISTER_STRUCK_OFF: _ClassVar[SuspensionCause]

class ErrorReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ERROR_REASON_UNSPECIFIED: _ClassVar[ErrorReason]
    ERROR_REASON_INVALID_FIELDS: _ClassVar[ErrorReason]
    ERROR_REASON_UNAUTHENTICATED_KEY: _ClassVar[ErrorReason]
    ERROR_REASON_PERMISSION_DENIED_ROLE: _ClassVar[ErrorReason]
    ERROR_REASON_RESOURCE_NOT_FOUND: _ClassVar[ErrorReason]
    ERROR_REASON_RESOURCE_EXISTS: _ClassVar[ErrorReason]
    ERROR_REASON_REQUEST_ID_REUSED: _ClassVar[ErrorReason]
    ERROR_REASON_INVALID_STATE: _ClassVar[ErrorReason]
    ERROR_REASON_MEMBER_NOT_IN_GOOD_STANDING: _ClassVar[ErrorReason]
    ERROR_REASON_ORDINE_NOT_ADHERING: _ClassVar[ErrorReason]
    ERROR_REASON_MAILBOX_ALREADY_ASSIGNED: _ClassVar[ErrorReason]
    ERROR_REASON_CONCURRENT_CHANGE: _ClassVar[ErrorReason]
    ERROR_REASON_INTERNAL_ERROR: _ClassVar[ErrorReason]
    ERROR_REASON_RATE_LIMITED: _ClassVar[ErrorReason]
    ERROR_REASON_STEP_OUT_OF_ORDER: _ClassVar[ErrorReason]
    ERROR_REASON_DRAFT_EXPIRED: _ClassVar[ErrorReason]
    ERROR_REASON_CURSOR_EXPIRED: _ClassVar[ErrorReason]
    ERROR_REASON_OVERLOADED: _ClassVar[ErrorReason]
    ERROR_REASON_STREAM_STALLED: _ClassVar[ErrorReason]
    ERROR_REASON_SHUTTING_DOWN: _ClassVar[ErrorReason]
ALBO_UNSPECIFIED: Albo
ALBO_TECNICO_SANITARIO_RADIOLOGIA_MEDICA: Albo
ALBO_ASSISTENTE_SANITARIO: Albo
ALBO_DIETISTA: Albo
ALBO_EDUCATORE_PROFESSIONALE: Albo
ALBO_IGIENISTA_DENTALE: Albo
ALBO_LOGOPEDISTA: Albo
ALBO_ORTOTTISTA_ASSISTENTE_OFTALMOLOGIA: Albo
ALBO_PODOLOGO: Albo
ALBO_TECNICO_AUDIOMETRISTA: Albo
ALBO_TECNICO_AUDIOPROTESISTA: Albo
ALBO_TECNICO_FISIOPATOLOGIA_CARDIOCIRCOLATORIA: Albo
ALBO_TECNICO_PREVENZIONE_AMBIENTE_LAVORO: Albo
ALBO_TECNICO_NEUROFISIOPATOLOGIA: Albo
ALBO_TECNICO_LABORATORIO_BIOMEDICO: Albo
ALBO_TECNICO_ORTOPEDICO: Albo
ALBO_TECNICO_RIABILITAZIONE_PSICHIATRICA: Albo
ALBO_TERAPISTA_NEUROPSICOMOTRICITA_ETA_EVOLUTIVA: Albo
ALBO_TERAPISTA_OCCUPAZIONALE: Albo
REGISTER_STATUS_UNSPECIFIED: RegisterStatus
REGISTER_STATUS_ACTIVE: RegisterStatus
REGISTER_STATUS_SUSPENDED: RegisterStatus
REGISTER_STATUS_STRUCK_OFF: RegisterStatus
ACTIVATION_STATE_UNSPECIFIED: ActivationState
ACTIVATION_STATE_RICHIESTA: ActivationState
ACTIVATION_STATE_IN_LAVORAZIONE: ActivationState
ACTIVATION_STATE_DA_ACCETTARE: ActivationState
ACTIVATION_STATE_ACCETTATA: ActivationState
ACTIVATION_STATE_RIFIUTATA: ActivationState
ACTIVATION_STATE_ANNULLATA: ActivationState
ACTIVATION_STATE_FALLITA: ActivationState
ACTIVATION_STATE_SCADUTA: ActivationState
MAILBOX_STATE_UNSPECIFIED: MailboxState
MAILBOX_STATE_NON_ATTIVO: MailboxState
MAILBOX_STATE_ATTIVO: MailboxState
MAILBOX_STATE_SOSPESO: MailboxState
MAILBOX_STATE_CESSATO: MailboxState
SUSPENSION_CAUSE_UNSPECIFIED: SuspensionCause
SUSPENSION_CAUSE_ORDINE: SuspensionCause
SUSPENSION_CAUSE_OPERATOR: SuspensionCause
SUSPENSION_CAUSE_REGISTER_SUSPENDED: SuspensionCause
SUSPENSION_CAUSE_REGISTER_STRUCK_OFF: SuspensionCause
ERROR_REASON_UNSPECIFIED: ErrorReason
ERROR_REASON_INVALID_FIELDS: ErrorReason
ERROR_REASON_UNAUTHENTICATED_KEY: ErrorReason
ERROR_REASON_PERMISSION_DENIED_ROLE: ErrorReason
ERROR_REASON_RESOURCE_NOT_FOUND: ErrorReason
ERROR_REASON_RESOURCE_EXISTS: ErrorReason
ERROR_REASON_REQUEST_ID_REUSED: ErrorReason
ERROR_REASON_INVALID_STATE: ErrorReason
ERROR_REASON_MEMBER_NOT_IN_GOOD_STANDING: ErrorReason
ERROR_REASON_ORDINE_NOT_ADHERING: ErrorReason
ERROR_REASON_MAILBOX_ALREADY_ASSIGNED: ErrorReason
ERROR_REASON_CONCURRENT_CHANGE: ErrorReason
ERROR_REASON_INTERNAL_ERROR: ErrorReason
ERROR_REASON_RATE_LIMITED: ErrorReason
ERROR_REASON_STEP_OUT_OF_ORDER: ErrorReason
ERROR_REASON_DRAFT_EXPIRED: ErrorReason
ERROR_REASON_CURSOR_EXPIRED: ErrorReason
ERROR_REASON_OVERLOADED: ErrorReason
ERROR_REASON_STREAM_STALLED: ErrorReason
ERROR_REASON_SHUTTING_DOWN: ErrorReason

class Ordine(_message.Message):
    __slots__ = ("code", "name", "pec_address", "adheres_to_convention", "convention_since", "create_time", "update_time")
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PEC_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ADHERES_TO_CONVENTION_FIELD_NUMBER: _ClassVar[int]
    CONVENTION_SINCE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    code: str
    name: str
    pec_address: str
    adheres_to_convention: bool
    convention_since: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, code: _Optional[str] = ..., name: _Optional[str] = ..., pec_address: _Optional[str] = ..., adheres_to_convention: _Optional[bool] = ..., convention_since: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Member(_message.Message):
    __slots__ = ("codice_fiscale", "given_name", "family_name", "ordine_code", "albo", "registration_number", "personal_email", "mobile_number", "partita_iva", "register_status", "create_time", "update_time")
    CODICE_FISCALE_FIELD_NUMBER: _ClassVar[int]
    GIVEN_NAME_FIELD_NUMBER: _ClassVar[int]
    FAMILY_NAME_FIELD_NUMBER: _ClassVar[int]
    ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    ALBO_FIELD_NUMBER: _ClassVar[int]
    REGISTRATION_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PERSONAL_EMAIL_FIELD_NUMBER: _ClassVar[int]
    MOBILE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    PARTITA_IVA_FIELD_NUMBER: _ClassVar[int]
    REGISTER_STATUS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    codice_fiscale: str
    given_name: str
    family_name: str
    ordine_code: str
    albo: Albo
    registration_number: str
    personal_email: str
    mobile_number: str
    partita_iva: str
    register_status: RegisterStatus
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, codice_fiscale: _Optional[str] = ..., given_name: _Optional[str] = ..., family_name: _Optional[str] = ..., ordine_code: _Optional[str] = ..., albo: _Optional[_Union[Albo, str]] = ..., registration_number: _Optional[str] = ..., personal_email: _Optional[str] = ..., mobile_number: _Optional[str] = ..., partita_iva: _Optional[str] = ..., register_status: _Optional[_Union[RegisterStatus, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ActivationRequest(_message.Message):
    __slots__ = ("id", "request_id", "ordine_code", "codice_fiscale", "mailbox_address", "state", "reason", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    CODICE_FISCALE_FIELD_NUMBER: _ClassVar[int]
    MAILBOX_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    request_id: str
    ordine_code: str
    codice_fiscale: str
    mailbox_address: str
    state: ActivationState
    reason: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., request_id: _Optional[str] = ..., ordine_code: _Optional[str] = ..., codice_fiscale: _Optional[str] = ..., mailbox_address: _Optional[str] = ..., state: _Optional[_Union[ActivationState, str]] = ..., reason: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Assignment(_message.Message):
    __slots__ = ("activation_request_id", "mailbox_address", "ordine_code", "ordine_name", "create_time")
    ACTIVATION_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    MAILBOX_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    ORDINE_NAME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    activation_request_id: str
    mailbox_address: str
    ordine_code: str
    ordine_name: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, activation_request_id: _Optional[str] = ..., mailbox_address: _Optional[str] = ..., ordine_code: _Optional[str] = ..., ordine_name: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Mailbox(_message.Message):
    __slots__ = ("address", "codice_fiscale", "ordine_code", "state", "suspension_cause", "suspension_note", "scheduled_closure_time", "activation_request_id", "create_time", "activate_time", "close_time", "update_time", "recovery_email", "mobile_number", "residence")
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    CODICE_FISCALE_FIELD_NUMBER: _ClassVar[int]
    ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    SUSPENSION_CAUSE_FIELD_NUMBER: _ClassVar[int]
    SUSPENSION_NOTE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_CLOSURE_TIME_FIELD_NUMBER: _ClassVar[int]
    ACTIVATION_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ACTIVATE_TIME_FIELD_NUMBER: _ClassVar[int]
    CLOSE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    RECOVERY_EMAIL_FIELD_NUMBER: _ClassVar[int]
    MOBILE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    RESIDENCE_FIELD_NUMBER: _ClassVar[int]
    address: str
    codice_fiscale: str
    ordine_code: str
    state: MailboxState
    suspension_cause: SuspensionCause
    suspension_note: str
    scheduled_closure_time: _timestamp_pb2.Timestamp
    activation_request_id: str
    create_time: _timestamp_pb2.Timestamp
    activate_time: _timestamp_pb2.Timestamp
    close_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    recovery_email: str
    mobile_number: str
    residence: Residence
    def __init__(self, address: _Optional[str] = ..., codice_fiscale: _Optional[str] = ..., ordine_code: _Optional[str] = ..., state: _Optional[_Union[MailboxState, str]] = ..., suspension_cause: _Optional[_Union[SuspensionCause, str]] = ..., suspension_note: _Optional[str] = ..., scheduled_closure_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., activation_request_id: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., activate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., close_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., recovery_email: _Optional[str] = ..., mobile_number: _Optional[str] = ..., residence: _Optional[_Union[Residence, _Mapping]] = ...) -> None: ...

class Residence(_message.Message):
    __slots__ = ("country", "province", "comune", "postal_code", "street")
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    PROVINCE_FIELD_NUMBER: _ClassVar[int]
    COMUNE_FIELD_NUMBER: _ClassVar[int]
    POSTAL_CODE_FIELD_NUMBER: _ClassVar[int]
    STREET_FIELD_NUMBER: _ClassVar[int]
    country: str
    province: str
    comune: str
    postal_code: str
    street: str
    def __init__(self, country: _Optional[str] = ..., province: _Optional[str] = ..., comune: _Optional[str] = ..., postal_code: _Optional[str] = ..., street: _Optional[str] = ...) -> None: ...

class FieldError(_message.Message):
    __slots__ = ("field", "description", "description_it")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_IT_FIELD_NUMBER: _ClassVar[int]
    field: str
    description: str
    description_it: str
    def __init__(self, field: _Optional[str] = ..., description: _Optional[str] = ..., description_it: _Optional[str] = ...) -> None: ...

class RowError(_message.Message):
    __slots__ = ("index", "key", "code", "reason", "message", "message_it", "field_errors")
    INDEX_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_IT_FIELD_NUMBER: _ClassVar[int]
    FIELD_ERRORS_FIELD_NUMBER: _ClassVar[int]
    index: int
    key: str
    code: int
    reason: str
    message: str
    message_it: str
    field_errors: _containers.RepeatedCompositeFieldContainer[FieldError]
    def __init__(self, index: _Optional[int] = ..., key: _Optional[str] = ..., code: _Optional[int] = ..., reason: _Optional[str] = ..., message: _Optional[str] = ..., message_it: _Optional[str] = ..., field_errors: _Optional[_Iterable[_Union[FieldError, _Mapping]]] = ...) -> None: ...
