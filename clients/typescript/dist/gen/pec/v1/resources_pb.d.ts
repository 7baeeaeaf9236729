import type { GenEnum, GenFile, GenMessage } from "@bufbuild/protobuf/codegenv2";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { Message } from "@bufbuild/protobuf";
/**
 * Describes the file pec/v1/resources.proto.
 */
export declare const file_pec_v1_resources: GenFile;
/**
 * Ordine is a regional Ordine TSRM e PSTRP, the body that keeps the albi of its members.
 *
 * @generated from message pec.v1.Ordine
 */
export type Ordine = Message<"pec.v1.Ordine"> & {
    /**
     * Short code that identifies the Ordine, e.g. `TO` or `RM`: 2 to 16 characters, uppercase
     * letters, digits and `-`. Chosen at creation and never changed.
     *
     * @generated from field: string code = 1;
     */
    code: string;
    /**
     * Official name, e.g. "Ordine TSRM e PSTRP di Torino, Aosta, Alessandria e Asti".
     *
     * @generated from field: string name = 2;
     */
    name: string;
    /**
     * The Ordine's own PEC address, used for its correspondence.
     *
     * @generated from field: string pec_address = 3;
     */
    pecAddress: string;
    /**
     * Whether the Ordine adheres to the federation's PEC convention. Only members of an adhering
     * Ordine may receive a mailbox.
     *
     * @generated from field: bool adheres_to_convention = 4;
     */
    adheresToConvention: boolean;
    /**
     * Date since which the Ordine adheres, as `YYYY-MM-DD`. Required when
     * `adheres_to_convention` is true, empty otherwise.
     *
     * @generated from field: string convention_since = 5;
     */
    conventionSince: string;
    /**
     * Output only. When the Ordine was created in this service.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 6;
     */
    createTime?: Timestamp | undefined;
    /**
     * Output only. When the Ordine was last changed.
     *
     * @generated from field: google.protobuf.Timestamp update_time = 7;
     */
    updateTime?: Timestamp | undefined;
};
/**
 * Describes the message pec.v1.Ordine.
 * Use `create(OrdineSchema)` to create a new message.
 */
export declare const OrdineSchema: GenMessage<Ordine>;
/**
 * Member is a person registered in an albo of an Ordine, as kept by the Albo informatico.
 *
 * @generated from message pec.v1.Member
 */
export type Member = Message<"pec.v1.Member"> & {
    /**
     * The member's codice fiscale: 16 characters, omocodes accepted, stored uppercase. It
     * identifies the member across Ordini.
     *
     * @generated from field: string codice_fiscale = 1;
     */
    codiceFiscale: string;
    /**
     * Given name(s), as in the register.
     *
     * @generated from field: string given_name = 2;
     */
    givenName: string;
    /**
     * Family name, as in the register.
     *
     * @generated from field: string family_name = 3;
     */
    familyName: string;
    /**
     * Code of the Ordine the member belongs to. Changing it transfers the member, and their
     * mailbox moves with them.
     *
     * @generated from field: string ordine_code = 4;
     */
    ordineCode: string;
    /**
     * The professional register the member is enrolled in.
     *
     * @generated from field: pec.v1.Albo albo = 5;
     */
    albo: Albo;
    /**
     * Registration number in the albo (numero di iscrizione), 1 to 32 characters.
     *
     * @generated from field: string registration_number = 6;
     */
    registrationNumber: string;
    /**
     * The member's personal email of record. It must not be a PEC address: it is where
     * password-reset links are sent.
     *
     * @generated from field: string personal_email = 7;
     */
    personalEmail: string;
    /**
     * Optional. Mobile number in E.164 form (e.g. `+393471234567`); Italian numbers may be given
     * without the `+39` prefix.
     *
     * @generated from field: string mobile_number = 8;
     */
    mobileNumber: string;
    /**
     * Optional. Partita IVA (11 digits) of members who practise as freelancers.
     *
     * @generated from field: string partita_iva = 9;
     */
    partitaIva: string;
    /**
     * Standing in the register. Suspension and striking off drive the member's mailbox.
     *
     * @generated from field: pec.v1.RegisterStatus register_status = 10;
     */
    registerStatus: RegisterStatus;
    /**
     * Output only. When the member was first recorded here.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 11;
     */
    createTime?: Timestamp | undefined;
    /**
     * Output only. When the member's record last changed.
     *
     * @generated from field: google.protobuf.Timestamp update_time = 12;
     */
    updateTime?: Timestamp | undefined;
};
/**
 * Describes the message pec.v1.Member.
 * Use `create(MemberSchema)` to create a new message.
 */
export declare const MemberSchema: GenMessage<Member>;
/**
 * ActivationRequest is an Ordine's request for a PEC mailbox for one of its members.
 *
 * @generated from message pec.v1.ActivationRequest
 */
export type ActivationRequest = Message<"pec.v1.ActivationRequest"> & {
    /**
     * Output only. Server-assigned identifier (a UUID).
     *
     * @generated from field: string id = 1;
     */
    id: string;
    /**
     * The `request_id` the caller gave at creation, if any.
     *
     * @generated from field: string request_id = 2;
     */
    requestId: string;
    /**
     * Code of the Ordine that asked for the mailbox.
     *
     * @generated from field: string ordine_code = 3;
     */
    ordineCode: string;
    /**
     * Codice fiscale of the member who will hold the mailbox.
     *
     * @generated from field: string codice_fiscale = 4;
     */
    codiceFiscale: string;
    /**
     * Output only. The address reserved for the member, e.g. `mario.rossi@tsrm-pstrp.org`.
     * Assigned when the request is recorded; homonyms get a numeric suffix (`mario.rossi2`).
     *
     * @generated from field: string mailbox_address = 5;
     */
    mailboxAddress: string;
    /**
     * Output only. Current state.
     *
     * @generated from field: pec.v1.ActivationState state = 6;
     */
    state: ActivationState;
    /**
     * Output only. Why the provider failed (state FALLITA), or why the member declined
     * (state RIFIUTATA), if they said.
     *
     * @generated from field: string reason = 7;
     */
    reason: string;
    /**
     * Output only. When the request was recorded.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 8;
     */
    createTime?: Timestamp | undefined;
    /**
     * Output only. When the state last changed.
     *
     * @generated from field: google.protobuf.Timestamp update_time = 9;
     */
    updateTime?: Timestamp | undefined;
};
/**
 * Describes the message pec.v1.ActivationRequest.
 * Use `create(ActivationRequestSchema)` to create a new message.
 */
export declare const ActivationRequestSchema: GenMessage<ActivationRequest>;
/**
 * Assignment is a mailbox waiting for its member's acceptance, as shown on the member's
 * "Richieste PEC" page in the Albo's user area.
 *
 * @generated from message pec.v1.Assignment
 */
export type Assignment = Message<"pec.v1.Assignment"> & {
    /**
     * Identifier of the activation request to accept or decline.
     *
     * @generated from field: string activation_request_id = 1;
     */
    activationRequestId: string;
    /**
     * The PEC address offered to the member.
     *
     * @generated from field: string mailbox_address = 2;
     */
    mailboxAddress: string;
    /**
     * Code of the Ordine that requested the mailbox.
     *
     * @generated from field: string ordine_code = 3;
     */
    ordineCode: string;
    /**
     * Name of that Ordine, for display.
     *
     * @generated from field: string ordine_name = 4;
     */
    ordineName: string;
    /**
     * When the Ordine made the request.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 5;
     */
    createTime?: Timestamp | undefined;
};
/**
 * Describes the message pec.v1.Assignment.
 * Use `create(AssignmentSchema)` to create a new message.
 */
export declare const AssignmentSchema: GenMessage<Assignment>;
/**
 * Mailbox is a PEC mailbox of the convention.
 *
 * @generated from message pec.v1.Mailbox
 */
export type Mailbox = Message<"pec.v1.Mailbox"> & {
    /**
     * The PEC address, lowercase; also the login username.
     *
     * @generated from field: string address = 1;
     */
    address: string;
    /**
     * Codice fiscale of the holder.
     *
     * @generated from field: string codice_fiscale = 2;
     */
    codiceFiscale: string;
    /**
     * Code of the holder's Ordine (follows the member on transfer).
     *
     * @generated from field: string ordine_code = 3;
     */
    ordineCode: string;
    /**
     * Current state.
     *
     * @generated from field: pec.v1.MailboxState state = 4;
     */
    state: MailboxState;
    /**
     * Why the mailbox is suspended; UNSPECIFIED unless state is SOSPESO.
     *
     * @generated from field: pec.v1.SuspensionCause suspension_cause = 5;
     */
    suspensionCause: SuspensionCause;
    /**
     * Free-text note given with the last suspension, if any.
     *
     * @generated from field: string suspension_note = 6;
     */
    suspensionNote: string;
    /**
     * When a struck-off member's mailbox will be closed, if scheduled.
     *
     * @generated from field: google.protobuf.Timestamp scheduled_closure_time = 7;
     */
    scheduledClosureTime?: Timestamp | undefined;
    /**
     * The activation request that created the mailbox.
     *
     * @generated from field: string activation_request_id = 8;
     */
    activationRequestId: string;
    /**
     * When the mailbox was created at the provider.
     *
     * @generated from field: google.protobuf.Timestamp create_time = 9;
     */
    createTime?: Timestamp | undefined;
    /**
     * When the member accepted it, if they did.
     *
     * @generated from field: google.protobuf.Timestamp activate_time = 10;
     */
    activateTime?: Timestamp | undefined;
    /**
     * When it was closed, if it was.
     *
     * @generated from field: google.protobuf.Timestamp close_time = 11;
     */
    closeTime?: Timestamp | undefined;
    /**
     * When its record last changed.
     *
     * @generated from field: google.protobuf.Timestamp update_time = 12;
     */
    updateTime?: Timestamp | undefined;
    /**
     * The recovery email set by an approved contact change; empty until then (the member's
     * personal email of record serves).
     *
     * @generated from field: string recovery_email = 13;
     */
    recoveryEmail: string;
    /**
     * The mobile number set by an approved contact change, E.164; empty until then.
     *
     * @generated from field: string mobile_number = 14;
     */
    mobileNumber: string;
    /**
     * The holder's residence set by an approved contact change; absent until then.
     *
     * @generated from field: pec.v1.Residence residence = 15;
     */
    residence?: Residence | undefined;
};
/**
 * Describes the message pec.v1.Mailbox.
 * Use `create(MailboxSchema)` to create a new message.
 */
export declare const MailboxSchema: GenMessage<Mailbox>;
/**
 * Residence is the holder's residence.
 *
 * @generated from message pec.v1.Residence
 */
export type Residence = Message<"pec.v1.Residence"> & {
    /**
     * Required. ISO 3166-1 alpha-2 country code, e.g. `IT`.
     *
     * @generated from field: string country = 1;
     */
    country: string;
    /**
     * For Italy, required: the two-letter province code (sigla), e.g. `TO`. Empty abroad.
     *
     * @generated from field: string province = 2;
     */
    province: string;
    /**
     * Required. For Italy the comune's official name (Italian or the other official language;
     * case, accents and apostrophes are not significant), abroad the town.
     *
     * @generated from field: string comune = 3;
     */
    comune: string;
    /**
     * For Italy, required: the five-digit CAP. Abroad, the postal code if any.
     *
     * @generated from field: string postal_code = 4;
     */
    postalCode: string;
    /**
     * Required. Street and number, e.g. "Via Roma 1".
     *
     * @generated from field: string street = 5;
     */
    street: string;
};
/**
 * Describes the message pec.v1.Residence.
 * Use `create(ResidenceSchema)` to create a new message.
 */
export declare const ResidenceSchema: GenMessage<Residence>;
/**
 * FieldError names one invalid field of a row in a bulk call.
 *
 * @generated from message pec.v1.FieldError
 */
export type FieldError = Message<"pec.v1.FieldError"> & {
    /**
     * Path of the field, e.g. `codice_fiscale`.
     *
     * @generated from field: string field = 1;
     */
    field: string;
    /**
     * What is wrong, in English.
     *
     * @generated from field: string description = 2;
     */
    description: string;
    /**
     * What is wrong, in Italian, fit to show a member or an Ordine's clerk.
     *
     * @generated from field: string description_it = 3;
     */
    descriptionIt: string;
};
/**
 * Describes the message pec.v1.FieldError.
 * Use `create(FieldErrorSchema)` to create a new message.
 */
export declare const FieldErrorSchema: GenMessage<FieldError>;
/**
 * RowError reports why one row of a bulk call was refused; the other rows are unaffected.
 *
 * @generated from message pec.v1.RowError
 */
export type RowError = Message<"pec.v1.RowError"> & {
    /**
     * Zero-based position of the row in the call (across all messages of a stream).
     *
     * @generated from field: int64 index = 1;
     */
    index: bigint;
    /**
     * The row's key as sent (e.g. the codice fiscale), to help find it.
     *
     * @generated from field: string key = 2;
     */
    key: string;
    /**
     * The gRPC status code the row would have received on its own (`google.rpc.Code` value).
     *
     * @generated from field: int32 code = 3;
     */
    code: number;
    /**
     * Machine-readable reason: an `ErrorReason` name without its prefix.
     *
     * @generated from field: string reason = 4;
     */
    reason: string;
    /**
     * What went wrong, in English.
     *
     * @generated from field: string message = 5;
     */
    message: string;
    /**
     * What went wrong, in Italian.
     *
     * @generated from field: string message_it = 6;
     */
    messageIt: string;
    /**
     * The invalid fields, when the row was malformed.
     *
     * @generated from field: repeated pec.v1.FieldError field_errors = 7;
     */
    fieldErrors: FieldError[];
};
/**
 * Describes the message pec.v1.RowError.
 * Use `create(RowErrorSchema)` to create a new message.
 */
export declare const RowErrorSchema: GenMessage<RowError>;
/**
 * Albo is one of the professional registers kept by the Ordini TSRM e PSTRP.
 *
 * @generated from enum pec.v1.Albo
 */
export declare enum Albo {
    /**
     * Not set; never valid in a request.
     *
     * @generated from enum value: ALBO_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Tecnici sanitari di radiologia medica.
     *
     * @generated from enum value: ALBO_TECNICO_SANITARIO_RADIOLOGIA_MEDICA = 1;
     */
    TECNICO_SANITARIO_RADIOLOGIA_MEDICA = 1,
    /**
     * Assistenti sanitari.
     *
     * @generated from enum value: ALBO_ASSISTENTE_SANITARIO = 2;
     */
    ASSISTENTE_SANITARIO = 2,
    /**
     * Dietisti.
     *
     * @generated from enum value: ALBO_DIETISTA = 3;
     */
    DIETISTA = 3,
    /**
     * Educatori professionali.
     *
     * @generated from enum value: ALBO_EDUCATORE_PROFESSIONALE = 4;
     */
    EDUCATORE_PROFESSIONALE = 4,
    /**
     * Igienisti dentali.
     *
     * @generated from enum value: ALBO_IGIENISTA_DENTALE = 5;
     */
    IGIENISTA_DENTALE = 5,
    /**
     * Logopedisti.
     *
     * @generated from enum value: ALBO_LOGOPEDISTA = 6;
     */
    LOGOPEDISTA = 6,
    /**
     * Ortottisti e assistenti di oftalmologia.
     *
     * @generated from enum value: ALBO_ORTOTTISTA_ASSISTENTE_OFTALMOLOGIA = 7;
     */
    ORTOTTISTA_ASSISTENTE_OFTALMOLOGIA = 7,
    /**
     * Podologi.
     *
     * @generated from enum value: ALBO_PODOLOGO = 8;
     */
    PODOLOGO = 8,
    /**
     * Tecnici audiometristi.
     *
     * @generated from enum value: ALBO_TECNICO_AUDIOMETRISTA = 9;
     */
    TECNICO_AUDIOMETRISTA = 9,
    /**
     * Tecnici audioprotesisti.
     *
     * @generated from enum value: ALBO_TECNICO_AUDIOPROTESISTA = 10;
     */
    TECNICO_AUDIOPROTESISTA = 10,
    /**
     * Tecnici della fisiopatologia cardiocircolatoria e perfusione cardiovascolare.
     *
     * @generated from enum value: ALBO_TECNICO_FISIOPATOLOGIA_CARDIOCIRCOLATORIA = 11;
     */
    TECNICO_FISIOPATOLOGIA_CARDIOCIRCOLATORIA = 11,
    /**
     * Tecnici della prevenzione nell'ambiente e nei luoghi di lavoro.
     *
     * @generated from enum value: ALBO_TECNICO_PREVENZIONE_AMBIENTE_LAVORO = 12;
     */
    TECNICO_PREVENZIONE_AMBIENTE_LAVORO = 12,
    /**
     * Tecnici di neurofisiopatologia.
     *
     * @generated from enum value: ALBO_TECNICO_NEUROFISIOPATOLOGIA = 13;
     */
    TECNICO_NEUROFISIOPATOLOGIA = 13,
    /**
     * Tecnici di laboratorio biomedico.
     *
     * @generated from enum value: ALBO_TECNICO_LABORATORIO_BIOMEDICO = 14;
     */
    TECNICO_LABORATORIO_BIOMEDICO = 14,
    /**
     * Tecnici ortopedici.
     *
     * @generated from enum value: ALBO_TECNICO_ORTOPEDICO = 15;
     */
    TECNICO_ORTOPEDICO = 15,
    /**
     * Tecnici della riabilitazione psichiatrica.
     *
     * @generated from enum value: ALBO_TECNICO_RIABILITAZIONE_PSICHIATRICA = 16;
     */
    TECNICO_RIABILITAZIONE_PSICHIATRICA = 16,
    /**
     * Terapisti della neuro e psicomotricità dell'età evolutiva.
     *
     * @generated from enum value: ALBO_TERAPISTA_NEUROPSICOMOTRICITA_ETA_EVOLUTIVA = 17;
     */
    TERAPISTA_NEUROPSICOMOTRICITA_ETA_EVOLUTIVA = 17,
    /**
     * Terapisti occupazionali.
     *
     * @generated from enum value: ALBO_TERAPISTA_OCCUPAZIONALE = 18;
     */
    TERAPISTA_OCCUPAZIONALE = 18
}
/**
 * Describes the enum pec.v1.Albo.
 */
export declare const AlboSchema: GenEnum<Albo>;
/**
 * RegisterStatus is a member's standing in the albo.
 *
 * @generated from enum pec.v1.RegisterStatus
 */
export declare enum RegisterStatus {
    /**
     * Not set; never valid in a request.
     *
     * @generated from enum value: REGISTER_STATUS_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Registered and in good standing: may hold a PEC mailbox.
     *
     * @generated from enum value: REGISTER_STATUS_ACTIVE = 1;
     */
    ACTIVE = 1,
    /**
     * Suspended from the register: the member's mailbox is suspended until reinstatement.
     *
     * @generated from enum value: REGISTER_STATUS_SUSPENDED = 2;
     */
    SUSPENDED = 2,
    /**
     * Struck off (cancellato): the mailbox is suspended and closed after a grace period unless
     * the member is reinstated first.
     *
     * @generated from enum value: REGISTER_STATUS_STRUCK_OFF = 3;
     */
    STRUCK_OFF = 3
}
/**
 * Describes the enum pec.v1.RegisterStatus.
 */
export declare const RegisterStatusSchema: GenEnum<RegisterStatus>;
/**
 * ActivationState is the state of an activation request.
 *
 * @generated from enum pec.v1.ActivationState
 */
export declare enum ActivationState {
    /**
     * Not set; in a filter it means any state.
     *
     * @generated from enum value: ACTIVATION_STATE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Recorded; waiting for the provider to create the mailbox.
     *
     * @generated from enum value: ACTIVATION_STATE_RICHIESTA = 1;
     */
    RICHIESTA = 1,
    /**
     * The provider is creating the mailbox.
     *
     * @generated from enum value: ACTIVATION_STATE_IN_LAVORAZIONE = 2;
     */
    IN_LAVORAZIONE = 2,
    /**
     * The mailbox exists (NON_ATTIVO) and waits for the member to accept it.
     *
     * @generated from enum value: ACTIVATION_STATE_DA_ACCETTARE = 3;
     */
    DA_ACCETTARE = 3,
    /**
     * The member accepted: the mailbox is ATTIVO. Final.
     *
     * @generated from enum value: ACTIVATION_STATE_ACCETTATA = 4;
     */
    ACCETTATA = 4,
    /**
     * The member declined the assignment. Final.
     *
     * @generated from enum value: ACTIVATION_STATE_RIFIUTATA = 5;
     */
    RIFIUTATA = 5,
    /**
     * Withdrawn by the Ordine or an operator before acceptance. Final.
     *
     * @generated from enum value: ACTIVATION_STATE_ANNULLATA = 6;
     */
    ANNULLATA = 6,
    /**
     * The provider could not create the mailbox; see `failure_reason`. Final.
     *
     * @generated from enum value: ACTIVATION_STATE_FALLITA = 7;
     */
    FALLITA = 7,
    /**
     * The member did not accept within the assignment's time (60 days by default): the
     * provider account was removed and the Ordine told; the address stays reserved to the
     * member, and a new request may be made. Final.
     *
     * @generated from enum value: ACTIVATION_STATE_SCADUTA = 8;
     */
    SCADUTA = 8
}
/**
 * Describes the enum pec.v1.ActivationState.
 */
export declare const ActivationStateSchema: GenEnum<ActivationState>;
/**
 * MailboxState is the state of a PEC mailbox.
 *
 * @generated from enum pec.v1.MailboxState
 */
export declare enum MailboxState {
    /**
     * Not set; in a filter it means any state.
     *
     * @generated from enum value: MAILBOX_STATE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Created at the provider, waiting for the member to accept it.
     *
     * @generated from enum value: MAILBOX_STATE_NON_ATTIVO = 1;
     */
    NON_ATTIVO = 1,
    /**
     * In use.
     *
     * @generated from enum value: MAILBOX_STATE_ATTIVO = 2;
     */
    ATTIVO = 2,
    /**
     * Temporarily blocked; can be reactivated.
     *
     * @generated from enum value: MAILBOX_STATE_SOSPESO = 3;
     */
    SOSPESO = 3,
    /**
     * Closed for good. The address is never assigned to anyone else.
     *
     * @generated from enum value: MAILBOX_STATE_CESSATO = 4;
     */
    CESSATO = 4
}
/**
 * Describes the enum pec.v1.MailboxState.
 */
export declare const MailboxStateSchema: GenEnum<MailboxState>;
/**
 * SuspensionCause says why a mailbox is suspended.
 *
 * @generated from enum pec.v1.SuspensionCause
 */
export declare enum SuspensionCause {
    /**
     * Not suspended.
     *
     * @generated from enum value: SUSPENSION_CAUSE_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * Suspended by the member's Ordine.
     *
     * @generated from enum value: SUSPENSION_CAUSE_ORDINE = 1;
     */
    ORDINE = 1,
    /**
     * Suspended by a federation operator.
     *
     * @generated from enum value: SUSPENSION_CAUSE_OPERATOR = 2;
     */
    OPERATOR = 2,
    /**
     * The member is suspended from the register; lifted automatically on reinstatement.
     *
     * @generated from enum value: SUSPENSION_CAUSE_REGISTER_SUSPENDED = 3;
     */
    REGISTER_SUSPENDED = 3,
    /**
     * The member is struck off the register; the mailbox closes at `scheduled_closure_time`
     * unless the member is reinstated first.
     *
     * @generated from enum value: SUSPENSION_CAUSE_REGISTER_STRUCK_OFF = 4;
     */
    REGISTER_STRUCK_OFF = 4
}
/**
 * Describes the enum pec.v1.SuspensionCause.
 */
export declare const SuspensionCauseSchema: GenEnum<SuspensionCause>;
/**
 * ErrorReason lists the machine-readable reasons carried in the `google.rpc.ErrorInfo` detail
 * of every error status (domain `pec.tsrm-pstrp.org`), and in `RowError.reason`. Those carry
 * the value's name without the `ERROR_REASON_` prefix, e.g. "MEMBER_NOT_IN_GOOD_STANDING".
 *
 * @generated from enum pec.v1.ErrorReason
 */
export declare enum ErrorReason {
    /**
     * Not used.
     *
     * @generated from enum value: ERROR_REASON_UNSPECIFIED = 0;
     */
    UNSPECIFIED = 0,
    /**
     * One or more fields are invalid; a `google.rpc.BadRequest` detail names them.
     *
     * @generated from enum value: ERROR_REASON_INVALID_FIELDS = 1;
     */
    INVALID_FIELDS = 1,
    /**
     * The caller presented no API key, or an unknown or revoked one.
     *
     * @generated from enum value: ERROR_REASON_UNAUTHENTICATED_KEY = 2;
     */
    UNAUTHENTICATED_KEY = 2,
    /**
     * The caller's role or Ordine does not allow the call.
     *
     * @generated from enum value: ERROR_REASON_PERMISSION_DENIED_ROLE = 3;
     */
    PERMISSION_DENIED_ROLE = 3,
    /**
     * The named resource does not exist (or is not visible to the caller).
     *
     * @generated from enum value: ERROR_REASON_RESOURCE_NOT_FOUND = 4;
     */
    RESOURCE_NOT_FOUND = 4,
    /**
     * A resource with the same key already exists.
     *
     * @generated from enum value: ERROR_REASON_RESOURCE_EXISTS = 5;
     */
    RESOURCE_EXISTS = 5,
    /**
     * The `request_id` was already used with a different request.
     *
     * @generated from enum value: ERROR_REASON_REQUEST_ID_REUSED = 6;
     */
    REQUEST_ID_REUSED = 6,
    /**
     * The resource is in a state that does not allow the operation; the message names it.
     *
     * @generated from enum value: ERROR_REASON_INVALID_STATE = 7;
     */
    INVALID_STATE = 7,
    /**
     * The member is suspended or struck off, so may not hold an active mailbox.
     *
     * @generated from enum value: ERROR_REASON_MEMBER_NOT_IN_GOOD_STANDING = 8;
     */
    MEMBER_NOT_IN_GOOD_STANDING = 8,
    /**
     * The member's Ordine does not adhere to the convention.
     *
     * @generated from enum value: ERROR_REASON_ORDINE_NOT_ADHERING = 9;
     */
    ORDINE_NOT_ADHERING = 9,
    /**
     * The member already has a live mailbox or a pending activation request.
     *
     * @generated from enum value: ERROR_REASON_MAILBOX_ALREADY_ASSIGNED = 10;
     */
    MAILBOX_ALREADY_ASSIGNED = 10,
    /**
     * A concurrent change touched the same rows; retry the call.
     *
     * @generated from enum value: ERROR_REASON_CONCURRENT_CHANGE = 11;
     */
    CONCURRENT_CHANGE = 11,
    /**
     * An internal error; details are in the server log under the request's id.
     *
     * @generated from enum value: ERROR_REASON_INTERNAL_ERROR = 12;
     */
    INTERNAL_ERROR = 12,
    /**
     * Too many requests; a `google.rpc.RetryInfo` detail says when to retry.
     *
     * @generated from enum value: ERROR_REASON_RATE_LIMITED = 13;
     */
    RATE_LIMITED = 13,
    /**
     * A wizard step was called before the steps it depends on; the message names the next
     * expected step.
     *
     * @generated from enum value: ERROR_REASON_STEP_OUT_OF_ORDER = 14;
     */
    STEP_OUT_OF_ORDER = 14,
    /**
     * The draft expired before it was submitted; start again.
     *
     * @generated from enum value: ERROR_REASON_DRAFT_EXPIRED = 15;
     */
    DRAFT_EXPIRED = 15,
    /**
     * The WatchEvents cursor is older than the oldest event still held (the retention removed
     * the events after it); the `ErrorInfo` metadata `oldest_cursor` is the cursor that resumes
     * with the oldest event still held. Resynchronise with the List calls, then watch from that
     * cursor or from now.
     *
     * @generated from enum value: ERROR_REASON_CURSOR_EXPIRED = 16;
     */
    CURSOR_EXPIRED = 16,
    /**
     * The server is at its limit of calls in flight and shed this one; the status is
     * UNAVAILABLE and a `google.rpc.RetryInfo` detail says when to retry.
     *
     * @generated from enum value: ERROR_REASON_OVERLOADED = 20;
     */
    OVERLOADED = 20,
    /**
     * A streamed request body sent nothing for longer than the server waits (the status is
     * DEADLINE_EXCEEDED); nothing of the unfinished call was kept: send it again.
     *
     * @generated from enum value: ERROR_REASON_STREAM_STALLED = 21;
     */
    STREAM_STALLED = 21,
    /**
     * The server is shutting down (a WatchEvents stream ends with it; the status is
     * UNAVAILABLE): reconnect after the `google.rpc.RetryInfo` delay, on this or another
     * replica, with the last cursor.
     *
     * @generated from enum value: ERROR_REASON_SHUTTING_DOWN = 22;
     */
    SHUTTING_DOWN = 22
}
/**
 * Describes the enum pec.v1.ErrorReason.
 */
export declare const ErrorReasonSchema: GenEnum<ErrorReason>;
