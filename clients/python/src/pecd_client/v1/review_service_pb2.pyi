from pecd_client.v1 import contact_change_service_pb2 as _contact_change_service_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RejectionReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REJECTION_REASON_UNSPECIFIED: _ClassVar[RejectionReason]
    REJECTION_REASON_DOCUMENT_UNREADABLE: _ClassVar[RejectionReason]
    REJECTION_REASON_DOCUMENT_EXPIRED: _ClassVar[RejectionReason]
    REJECTION_REASON_HOLDER_MISMATCH: _ClassVar[RejectionReason]
    REJECTION_REASON_DETAILS_MISMATCH: _ClassVar[RejectionReason]
    REJECTION_REASON_OTHER: _ClassVar[RejectionReason]
REJECTION_REASON_UNSPECIFIED: RejectionReason
REJECTION_REASON_DOCUMENT_UNREADABLE: RejectionReason
REJECTION_REASON_DOCUMENT_EXPIRED: RejectionReason
REJECTION_REASON_HOLDER_MISMATCH: RejectionReason
REJECTION_REASON_DETAILS_MISMATCH: RejectionReason
REJECTION_REASON_OTHER: RejectionReason

class ContactChangeForReview(_message.Message):
    __slots__ = ("change", "codice_fiscale", "ordine_code", "current_recovery_email", "current_mobile_number", "register_given_name", "register_family_name", "overdue", "rejection_reason", "rejection_text", "decided_by", "images_deleted")
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    CODICE_FISCALE_FIELD_NUMBER: _ClassVar[int]
    ORDINE_CODE_FIELD_NUMBER: _ClassVar[int]
    CURRENT_RECOVERY_EMAIL_FIELD_NUMBER: _ClassVar[int]
    CURRENT_MOBILE_NUMBER_FIELD_NUMBER: _ClassVar[int]
    REGISTER_GIVEN_NAME_FIELD_NUMBER: _ClassVar[int]
    REGISTER_FAMILY_NAME_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    REJECTION_TEXT_FIELD_NUMBER: _ClassVar[int]
    DECIDED_BY_FIELD_NUMBER: _ClassVar[int]
    IMAGES_DELETED_FIELD_NUMBER: _ClassVar[int]
    change: _contact_change_service_pb2.ContactChange
    codice_fiscale: str
    ordine_code: str
    current_recovery_email: str
    current_mobile_number: str
    register_given_name: str
    register_family_name: str
    overdue: bool
    rejection_reason: RejectionReason
    rejection_text: str
    decided_by: str
    images_deleted: bool
    def __init__(self, change: _Optional[_Union[_contact_change_service_pb2.ContactChange, _Mapping]] = ..., codice_fiscale: _Optional[str] = ..., ordine_code: _Optional[str] = ..., current_recovery_email: _Optional[str] = ..., current_mobile_number: _Optional[str] = ..., register_given_name: _Optional[str] = ..., register_family_name: _Optional[str] = ..., overdue: _Optional[bool] = ..., rejection_reason: _Optional[_Union[RejectionReason, str]] = ..., rejection_text: _Optional[str] = ..., decided_by: _Optional[str] = ..., images_deleted: _Optional[bool] = ...) -> None: ...

class ListContactChangesRequest(_message.Message):
    __slots__ = ("state", "page_size", "page_token")
    STATE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    state: _contact_change_service_pb2.ContactChangeState
    page_size: int
    page_token: str
    def __init__(self, state: _Optional[_Union[_contact_change_service_pb2.ContactChangeState, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListContactChangesResponse(_message.Message):
    __slots__ = ("changes", "next_page_token", "overdue_count")
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_COUNT_FIELD_NUMBER: _ClassVar[int]
    changes: _containers.RepeatedCompositeFieldContainer[ContactChangeForReview]
    next_page_token: str
    overdue_count: int
    def __init__(self, changes: _Optional[_Iterable[_Union[ContactChangeForReview, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., overdue_count: _Optional[int] = ...) -> None: ...

class GetContactChangeForReviewRequest(_message.Message):
    __slots__ = ("change_id",)
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    change_id: str
    def __init__(self, change_id: _Optional[str] = ...) -> None: ...

class GetContactChangeForReviewResponse(_message.Message):
    __slots__ = ("review",)
    REVIEW_FIELD_NUMBER: _ClassVar[int]
    review: ContactChangeForReview
    def __init__(self, review: _Optional[_Union[ContactChangeForReview, _Mapping]] = ...) -> None: ...

class DownloadIdentityDocumentRequest(_message.Message):
    __slots__ = ("change_id", "side")
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    SIDE_FIELD_NUMBER: _ClassVar[int]
    change_id: str
    side: _contact_change_service_pb2.DocumentSide
    def __init__(self, change_id: _Optional[str] = ..., side: _Optional[_Union[_contact_change_service_pb2.DocumentSide, str]] = ...) -> None: ...

class DownloadIdentityDocumentResponse(_message.Message):
    __slots__ = ("chunk", "document")
    CHUNK_FIELD_NUMBER: _ClassVar[int]
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    chunk: bytes
    document: _contact_change_service_pb2.IdentityDocumentImage
    def __init__(self, chunk: _Optional[bytes] = ..., document: _Optional[_Union[_contact_change_service_pb2.IdentityDocumentImage, _Mapping]] = ...) -> None: ...

class ApproveContactChangeRequest(_message.Message):
    __slots__ = ("change_id",)
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    change_id: str
    def __init__(self, change_id: _Optional[str] = ...) -> None: ...

class ApproveContactChangeResponse(_message.Message):
    __slots__ = ("review",)
    REVIEW_FIELD_NUMBER: _ClassVar[int]
    review: ContactChangeForReview
    def __init__(self, review: _Optional[_Union[ContactChangeForReview, _Mapping]] = ...) -> None: ...

class RejectContactChangeRequest(_message.Message):
    __slots__ = ("change_id", "reason", "text")
    CHANGE_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    change_id: str
    reason: RejectionReason
    text: str
    def __init__(self, change_id: _Optional[str] = ..., reason: _Optional[_Union[RejectionReason, str]] = ..., text: _Optional[str] = ...) -> None: ...

class RejectContactChangeResponse(_message.Message):
    __slots__ = ("review",)
    REVIEW_FIELD_NUMBER: _ClassVar[int]
    review: ContactChangeForReview
    def __init__(self, review: _Optional[_Union[ContactChangeForReview, _Mapping]] = ...) -> None: ...
