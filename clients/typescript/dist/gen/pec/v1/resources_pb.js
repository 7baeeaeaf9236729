// Resources shared by the services of the PEC convenzionata API.
import { enumDesc, fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file pec/v1/resources.proto.
 */
export const file_pec_v1_resources = /*@__PURE__*/ fileDesc("ChZwZWMvdjEvcmVzb3VyY2VzLnByb3RvEgZwZWMudjEi1AEKBk9yZGluZRIMCgRjb2RlGAEgASgJEgwKBG5hbWUYAiABKAkSEwoLcGVjX2FkZHJlc3MYAyABKAkSHQoVYWRoZXJlc190b19jb252ZW50aW9uGAQgASgIEhgKEGNvbnZlbnRpb25fc2luY2UYBSABKAkSLwoLY3JlYXRlX3RpbWUYBiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEi8KC3VwZGF0ZV90aW1lGAcgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCLuAgoGTWVtYmVyEhYKDmNvZGljZV9maXNjYWxlGAEgASgJEhIKCmdpdmVuX25hbWUYAiABKAkSEwoLZmFtaWx5X25hbWUYAyABKAkSEwoLb3JkaW5lX2NvZGUYBCABKAkSGgoEYWxibxgFIAEoDjIMLnBlYy52MS5BbGJvEhsKE3JlZ2lzdHJhdGlvbl9udW1iZXIYBiABKAkSFgoOcGVyc29uYWxfZW1haWwYByABKAkSFQoNbW9iaWxlX251bWJlchgIIAEoCRITCgtwYXJ0aXRhX2l2YRgJIAEoCRIvCg9yZWdpc3Rlcl9zdGF0dXMYCiABKA4yFi5wZWMudjEuUmVnaXN0ZXJTdGF0dXMSLwoLY3JlYXRlX3RpbWUYCyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEi8KC3VwZGF0ZV90aW1lGAwgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCKTAgoRQWN0aXZhdGlvblJlcXVlc3QSCgoCaWQYASABKAkSEgoKcmVxdWVzdF9pZBgCIAEoCRITCgtvcmRpbmVfY29kZRgDIAEoCRIWCg5jb2RpY2VfZmlzY2FsZRgEIAEoCRIXCg9tYWlsYm94X2FkZHJlc3MYBSABKAkSJgoFc3RhdGUYBiABKA4yFy5wZWMudjEuQWN0aXZhdGlvblN0YXRlEg4KBnJlYXNvbhgHIAEoCRIvCgtjcmVhdGVfdGltZRgIIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASLwoLdXBkYXRlX3RpbWUYCSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wIp8BCgpBc3NpZ25tZW50Eh0KFWFjdGl2YXRpb25fcmVxdWVzdF9pZBgBIAEoCRIXCg9tYWlsYm94X2FkZHJlc3MYAiABKAkSEwoLb3JkaW5lX2NvZGUYAyABKAkSEwoLb3JkaW5lX25hbWUYBCABKAkSLwoLY3JlYXRlX3RpbWUYBSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wIq0ECgdNYWlsYm94Eg8KB2FkZHJlc3MYASABKAkSFgoOY29kaWNlX2Zpc2NhbGUYAiABKAkSEwoLb3JkaW5lX2NvZGUYAyABKAkSIwoFc3RhdGUYBCABKA4yFC5wZWMudjEuTWFpbGJveFN0YXRlEjEKEHN1c3BlbnNpb25fY2F1c2UYBSABKA4yFy5wZWMudjEuU3VzcGVuc2lvbkNhdXNlEhcKD3N1c3BlbnNpb25fbm90ZRgGIAEoCRI6ChZzY2hlZHVsZWRfY2xvc3VyZV90aW1lGAcgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIdChVhY3RpdmF0aW9uX3JlcXVlc3RfaWQYCCABKAkSLwoLY3JlYXRlX3RpbWUYCSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEjEKDWFjdGl2YXRlX3RpbWUYCiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEi4KCmNsb3NlX3RpbWUYCyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEi8KC3VwZGF0ZV90aW1lGAwgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIWCg5yZWNvdmVyeV9lbWFpbBgNIAEoCRIVCg1tb2JpbGVfbnVtYmVyGA4gASgJEiQKCXJlc2lkZW5jZRgPIAEoCzIRLnBlYy52MS5SZXNpZGVuY2UiYwoJUmVzaWRlbmNlEg8KB2NvdW50cnkYASABKAkSEAoIcHJvdmluY2UYAiABKAkSDgoGY29tdW5lGAMgASgJEhMKC3Bvc3RhbF9jb2RlGAQgASgJEg4KBnN0cmVldBgFIAEoCSJICgpGaWVsZEVycm9yEg0KBWZpZWxkGAEgASgJEhMKC2Rlc2NyaXB0aW9uGAIgASgJEhYKDmRlc2NyaXB0aW9uX2l0GAMgASgJIpMBCghSb3dFcnJvchINCgVpbmRleBgBIAEoAxILCgNrZXkYAiABKAkSDAoEY29kZRgDIAEoBRIOCgZyZWFzb24YBCABKAkSDwoHbWVzc2FnZRgFIAEoCRISCgptZXNzYWdlX2l0GAYgASgJEigKDGZpZWxkX2Vycm9ycxgHIAMoCzISLnBlYy52MS5GaWVsZEVycm9yKqUFCgRBbGJvEhQKEEFMQk9fVU5TUEVDSUZJRUQQABIsCihBTEJPX1RFQ05JQ09fU0FOSVRBUklPX1JBRElPTE9HSUFfTUVESUNBEAESHQoZQUxCT19BU1NJU1RFTlRFX1NBTklUQVJJTxACEhEKDUFMQk9fRElFVElTVEEQAxIgChxBTEJPX0VEVUNBVE9SRV9QUk9GRVNTSU9OQUxFEAQSGgoWQUxCT19JR0lFTklTVEFfREVOVEFMRRAFEhQKEEFMQk9fTE9HT1BFRElTVEEQBhIrCidBTEJPX09SVE9UVElTVEFfQVNTSVNURU5URV9PRlRBTE1PTE9HSUEQBxIRCg1BTEJPX1BPRE9MT0dPEAgSHgoaQUxCT19URUNOSUNPX0FVRElPTUVUUklTVEEQCRIgChxBTEJPX1RFQ05JQ09fQVVESU9QUk9URVNJU1RBEAoSMgouQUxCT19URUNOSUNPX0ZJU0lPUEFUT0xPR0lBX0NBUkRJT0NJUkNPTEFUT1JJQRALEiwKKEFMQk9fVEVDTklDT19QUkVWRU5aSU9ORV9BTUJJRU5URV9MQVZPUk8QDBIkCiBBTEJPX1RFQ05JQ09fTkVVUk9GSVNJT1BBVE9MT0dJQRANEiYKIkFMQk9fVEVDTklDT19MQUJPUkFUT1JJT19CSU9NRURJQ08QDhIbChdBTEJPX1RFQ05JQ09fT1JUT1BFRElDTxAPEiwKKEFMQk9fVEVDTklDT19SSUFCSUxJVEFaSU9ORV9QU0lDSElBVFJJQ0EQEBI0CjBBTEJPX1RFUkFQSVNUQV9ORVVST1BTSUNPTU9UUklDSVRBX0VUQV9FVk9MVVRJVkEQERIgChxBTEJPX1RFUkFQSVNUQV9PQ0NVUEFaSU9OQUxFEBIqjAEKDlJlZ2lzdGVyU3RhdHVzEh8KG1JFR0lTVEVSX1NUQVRVU19VTlNQRUNJRklFRBAAEhoKFlJFR0lTVEVSX1NUQVRVU19BQ1RJVkUQARIdChlSRUdJU1RFUl9TVEFUVVNfU1VTUEVOREVEEAISHgoaUkVHSVNURVJfU1RBVFVTX1NUUlVDS19PRkYQAyq3AgoPQWN0aXZhdGlvblN0YXRlEiAKHEFDVElWQVRJT05fU1RBVEVfVU5TUEVDSUZJRUQQABIeChpBQ1RJVkFUSU9OX1NUQVRFX1JJQ0hJRVNUQRABEiMKH0FDVElWQVRJT05fU1RBVEVfSU5fTEFWT1JBWklPTkUQAhIhCh1BQ1RJVkFUSU9OX1NUQVRFX0RBX0FDQ0VUVEFSRRADEh4KGkFDVElWQVRJT05fU1RBVEVfQUNDRVRUQVRBEAQSHgoaQUNUSVZBVElPTl9TVEFURV9SSUZJVVRBVEEQBRIeChpBQ1RJVkFUSU9OX1NUQVRFX0FOTlVMTEFUQRAGEhwKGEFDVElWQVRJT05fU1RBVEVfRkFMTElUQRAHEhwKGEFDVElWQVRJT05fU1RBVEVfU0NBRFVUQRAIKpsBCgxNYWlsYm94U3RhdGUSHQoZTUFJTEJPWF9TVEFURV9VTlNQRUNJRklFRBAAEhwKGE1BSUxCT1hfU1RBVEVfTk9OX0FUVElWTxABEhgKFE1BSUxCT1hfU1RBVEVfQVRUSVZPEAISGQoVTUFJTEJPWF9TVEFURV9TT1NQRVNPEAMSGQoVTUFJTEJPWF9TVEFURV9DRVNTQVRPEAQqwgEKD1N1c3BlbnNpb25DYXVzZRIgChxTVVNQRU5TSU9OX0NBVVNFX1VOU1BFQ0lGSUVEEAASGwoXU1VTUEVOU0lPTl9DQVVTRV9PUkRJTkUQARIdChlTVVNQRU5TSU9OX0NBVVNFX09QRVJBVE9SEAISJwojU1VTUEVOU0lPTl9DQVVTRV9SRUdJU1RFUl9TVVNQRU5ERUQQAxIoCiRTVVNQRU5TSU9OX0NBVVNFX1JFR0lTVEVSX1NUUlVDS19PRkYQBCrMBQoLRXJyb3JSZWFzb24SHAoYRVJST1JfUkVBU09OX1VOU1BFQ0lGSUVEEAASHwobRVJST1JfUkVBU09OX0lOVkFMSURfRklFTERTEAESJAogRVJST1JfUkVBU09OX1VOQVVUSEVOVElDQVRFRF9LRVkQAhInCiNFUlJPUl9SRUFTT05fUEVSTUlTU0lPTl9ERU5JRURfUk9MRRADEiMKH0VSUk9SX1JFQVNPTl9SRVNPVVJDRV9OT1RfRk9VTkQQBBIgChxFUlJPUl9SRUFTT05fUkVTT1VSQ0VfRVhJU1RTEAUSIgoeRVJST1JfUkVBU09OX1JFUVVFU1RfSURfUkVVU0VEEAYSHgoaRVJST1JfUkVBU09OX0lOVkFMSURfU1RBVEUQBxIsCihFUlJPUl9SRUFTT05fTUVNQkVSX05PVF9JTl9HT09EX1NUQU5ESU5HEAgSJAogRVJST1JfUkVBU09OX09SRElORV9OT1RfQURIRVJJTkcQCRIpCiVFUlJPUl9SRUFTT05fTUFJTEJPWF9BTFJFQURZX0FTU0lHTkVEEAoSIgoeRVJST1JfUkVBU09OX0NPTkNVUlJFTlRfQ0hBTkdFEAsSHwobRVJST1JfUkVBU09OX0lOVEVSTkFMX0VSUk9SEAwSHQoZRVJST1JfUkVBU09OX1JBVEVfTElNSVRFRBANEiIKHkVSUk9SX1JFQVNPTl9TVEVQX09VVF9PRl9PUkRFUhAOEh4KGkVSUk9SX1JFQVNPTl9EUkFGVF9FWFBJUkVEEA8SHwobRVJST1JfUkVBU09OX0NVUlNPUl9FWFBJUkVEEBASGwoXRVJST1JfUkVBU09OX09WRVJMT0FERUQQFBIfChtFUlJPUl9SRUFTT05fU1RSRUFNX1NUQUxMRUQQFRIeChpFUlJPUl9SRUFTT05fU0hVVFRJTkdfRE9XThAWQpkBChRvcmcudHNybXBzdHJwLnBlYy52MUIOUmVzb3VyY2VzUHJvdG9QAVoqcGVjLnRzcm0tcHN0cnAub3JnL2NsaWVudHMvZ28vcGVjL3YxO3BlY3YxqgIGUGVjLlYxygIQVHNybVBzdHJwXFBlY1xWMeICHFRzcm1Qc3RycFxQZWNcR1BCTWV0YWRhdGFcVjHqAgdQZWM6OlYxYgZwcm90bzM", [file_google_protobuf_timestamp]);
/**
 * Describes the message pec.v1.Ordine.
 * Use `create(OrdineSchema)` to create a new message.
 */
export const OrdineSchema = /*@__PURE__*/ messageDesc(file_pec_v1_resources, 0);
/**
 * Describes the message pec.v1.Member.
 * Use `create(MemberSchema)` to create a new message.
 */
export const MemberSchema = /*@__PURE__*/ messageDesc(file_pec_v1_resources, 1);
/**
 * Describes the message pec.v1.ActivationRequest.
 * Use `create(ActivationRequestSchema)` to create a new message.
 */
export const ActivationRequestSchema = /*@__PURE__*/ messageDesc(file_pec_v1_resources, 2);
/**
 * Describes the message pec.v1.Assignment.
 * Use `create(AssignmentSchema)` to create a new message.
 */
export const AssignmentSchema = /*@__PURE__*/ messageDesc(file_pec_v1_resources, 3);
/**
 * Describes the message pec.v1.Mailbox.
 * Use `create(MailboxSchema)` to create a new message.
 */
export const MailboxSchema = /*@__PURE__*/ messageDesc(file_pec_v1_resources, 4);
/**
 * Describes the message pec.v1.Residence.
 * Use `create(ResidenceSchema)` to create a new message.
 */
export const ResidenceSchema = /*@__PURE__*/ messageDesc(file_pec_v1_resources, 5);
/**
 * Describes the message pec.v1.FieldError.
 * Use `create(FieldErrorSchema)` to create a new message.
 */
export const FieldErrorSchema = /*@__PURE__*/ messageDesc(file_pec_v1_resources, 6);
/**
 * Describes the message pec.v1.RowError.
 * Use `create(RowErrorSchema)` to create a new message.
 */
export const RowErrorSchema = /*@__PURE__*/ messageDesc(file_pec_v1_resources, 7);
/**
 * Albo is one of the professional registers kept by the Ordini TSRM e PSTRP.
 *
 * @generated from enum pec.v1.Albo
 */
export var Albo;
(function (Albo) {
    /**
     * Not set; never valid in a request.
     *
     * @generated from enum value: ALBO_UNSPECIFIED = 0;
     */
    Albo[Albo["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Tecnici sanitari di radiologia medica.
     *
     * @generated from enum value: ALBO_TECNICO_SANITARIO_RADIOLOGIA_MEDICA = 1;
     */
    Albo[Albo["TECNICO_SANITARIO_RADIOLOGIA_MEDICA"] = 1] = "TECNICO_SANITARIO_RADIOLOGIA_MEDICA";
    /**
     * Assistenti sanitari.
     *
     * @generated from enum value: ALBO_ASSISTENTE_SANITARIO = 2;
     */
    Albo[Albo["ASSISTENTE_SANITARIO"] = 2] = "ASSISTENTE_SANITARIO";
    /**
     * Dietisti.
     *
     * @generated from enum value: ALBO_DIETISTA = 3;
     */
    Albo[Albo["DIETISTA"] = 3] = "DIETISTA";
    /**
     * Educatori professionali.
     *
     * @generated from enum value: ALBO_EDUCATORE_PROFESSIONALE = 4;
     */
    Albo[Albo["EDUCATORE_PROFESSIONALE"] = 4] = "EDUCATORE_PROFESSIONALE";
    /**
     * Igienisti dentali.
     *
     * @generated from enum value: ALBO_IGIENISTA_DENTALE = 5;
     */
    Albo[Albo["IGIENISTA_DENTALE"] = 5] = "IGIENISTA_DENTALE";
    /**
     * Logopedisti.
     *
     * @generated from enum value: ALBO_LOGOPEDISTA = 6;
     */
    Albo[Albo["LOGOPEDISTA"] = 6] = "LOGOPEDISTA";
    /**
     * Ortottisti e assistenti di oftalmologia.
     *
     * @generated from enum value: ALBO_ORTOTTISTA_ASSISTENTE_OFTALMOLOGIA = 7;
     */
    Albo[Albo["ORTOTTISTA_ASSISTENTE_OFTALMOLOGIA"] = 7] = "ORTOTTISTA_ASSISTENTE_OFTALMOLOGIA";
    /**
     * Podologi.
     *
     * @generated from enum value: ALBO_PODOLOGO = 8;
     */
    Albo[Albo["PODOLOGO"] = 8] = "PODOLOGO";
    /**
     * Tecnici audiometristi.
     *
     * @generated from enum value: ALBO_TECNICO_AUDIOMETRISTA = 9;
     */
    Albo[Albo["TECNICO_AUDIOMETRISTA"] = 9] = "TECNICO_AUDIOMETRISTA";
    /**
     * Tecnici audioprotesisti.
     *
     * @generated from enum value: ALBO_TECNICO_AUDIOPROTESISTA = 10;
     */
    Albo[Albo["TECNICO_AUDIOPROTESISTA"] = 10] = "TECNICO_AUDIOPROTESISTA";
    /**
     * Tecnici della fisiopatologia cardiocircolatoria e perfusione cardiovascolare.
     *
     * @generated from enum value: ALBO_TECNICO_FISIOPATOLOGIA_CARDIOCIRCOLATORIA = 11;
     */
    Albo[Albo["TECNICO_FISIOPATOLOGIA_CARDIOCIRCOLATORIA"] = 11] = "TECNICO_FISIOPATOLOGIA_CARDIOCIRCOLATORIA";
    /**
     * Tecnici della prevenzione nell'ambiente e nei luoghi di lavoro.
     *
     * @generated from enum value: ALBO_TECNICO_PREVENZIONE_AMBIENTE_LAVORO = 12;
     */
    Albo[Albo["TECNICO_PREVENZIONE_AMBIENTE_LAVORO"] = 12] = "TECNICO_PREVENZIONE_AMBIENTE_LAVORO";
    /**
     * Tecnici di neurofisiopatologia.
     *
     * @generated from enum value: ALBO_TECNICO_NEUROFISIOPATOLOGIA = 13;
     */
    Albo[Albo["TECNICO_NEUROFISIOPATOLOGIA"] = 13] = "TECNICO_NEUROFISIOPATOLOGIA";
    /**
     * Tecnici di laboratorio biomedico.
     *
     * @generated from enum value: ALBO_TECNICO_LABORATORIO_BIOMEDICO = 14;
     */
    Albo[Albo["TECNICO_LABORATORIO_BIOMEDICO"] = 14] = "TECNICO_LABORATORIO_BIOMEDICO";
    /**
     * Tecnici ortopedici.
     *
     * @generated from enum value: ALBO_TECNICO_ORTOPEDICO = 15;
     */
    Albo[Albo["TECNICO_ORTOPEDICO"] = 15] = "TECNICO_ORTOPEDICO";
    /**
     * Tecnici della riabilitazione psichiatrica.
     *
     * @generated from enum value: ALBO_TECNICO_RIABILITAZIONE_PSICHIATRICA = 16;
     */
    Albo[Albo["TECNICO_RIABILITAZIONE_PSICHIATRICA"] = 16] = "TECNICO_RIABILITAZIONE_PSICHIATRICA";
    /**
     * Terapisti della neuro e psicomotricità dell'età evolutiva.
     *
     * @generated from enum value: ALBO_TERAPISTA_NEUROPSICOMOTRICITA_ETA_EVOLUTIVA = 17;
     */
    Albo[Albo["TERAPISTA_NEUROPSICOMOTRICITA_ETA_EVOLUTIVA"] = 17] = "TERAPISTA_NEUROPSICOMOTRICITA_ETA_EVOLUTIVA";
    /**
     * Terapisti occupazionali.
     *
     * @generated from enum value: ALBO_TERAPISTA_OCCUPAZIONALE = 18;
     */
    Albo[Albo["TERAPISTA_OCCUPAZIONALE"] = 18] = "TERAPISTA_OCCUPAZIONALE";
})(Albo || (Albo = {}));
/**
 * Describes the enum pec.v1.Albo.
 */
export const AlboSchema = /*@__PURE__*/ enumDesc(file_pec_v1_resources, 0);
/**
 * RegisterStatus is a member's standing in the albo.
 *
 * @generated from enum pec.v1.RegisterStatus
 */
export var RegisterStatus;
(function (RegisterStatus) {
    /**
     * Not set; never valid in a request.
     *
     * @generated from enum value: REGISTER_STATUS_UNSPECIFIED = 0;
     */
    RegisterStatus[RegisterStatus["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Registered and in good standing: may hold a PEC mailbox.
     *
     * @generated from enum value: REGISTER_STATUS_ACTIVE = 1;
     */
    RegisterStatus[RegisterStatus["ACTIVE"] = 1] = "ACTIVE";
    /**
     * Suspended from the register: the member's mailbox is suspended until reinstatement.
     *
     * @generated from enum value: REGISTER_STATUS_SUSPENDED = 2;
     */
    RegisterStatus[RegisterStatus["SUSPENDED"] = 2] = "SUSPENDED";
    /**
     * Struck off (cancellato): the mailbox is suspended and closed after a grace period unless
     * the member is reinstated first.
     *
     * @generated from enum value: REGISTER_STATUS_STRUCK_OFF = 3;
     */
    RegisterStatus[RegisterStatus["STRUCK_OFF"] = 3] = "STRUCK_OFF";
})(RegisterStatus || (RegisterStatus = {}));
/**
 * Describes the enum pec.v1.RegisterStatus.
 */
export const RegisterStatusSchema = /*@__PURE__*/ enumDesc(file_pec_v1_resources, 1);
/**
 * ActivationState is the state of an activation request.
 *
 * @generated from enum pec.v1.ActivationState
 */
export var ActivationState;
(function (ActivationState) {
    /**
     * Not set; in a filter it means any state.
     *
     * @generated from enum value: ACTIVATION_STATE_UNSPECIFIED = 0;
     */
    ActivationState[ActivationState["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Recorded; waiting for the provider to create the mailbox.
     *
     * @generated from enum value: ACTIVATION_STATE_RICHIESTA = 1;
     */
    ActivationState[ActivationState["RICHIESTA"] = 1] = "RICHIESTA";
    /**
     * The provider is creating the mailbox.
     *
     * @generated from enum value: ACTIVATION_STATE_IN_LAVORAZIONE = 2;
     */
    ActivationState[ActivationState["IN_LAVORAZIONE"] = 2] = "IN_LAVORAZIONE";
    /**
     * The mailbox exists (NON_ATTIVO) and waits for the member to accept it.
     *
     * @generated from enum value: ACTIVATION_STATE_DA_ACCETTARE = 3;
     */
    ActivationState[ActivationState["DA_ACCETTARE"] = 3] = "DA_ACCETTARE";
    /**
     * The member accepted: the mailbox is ATTIVO. Final.
     *
     * @generated from enum value: ACTIVATION_STATE_ACCETTATA = 4;
     */
    ActivationState[ActivationState["ACCETTATA"] = 4] = "ACCETTATA";
    /**
     * The member declined the assignment. Final.
     *
     * @generated from enum value: ACTIVATION_STATE_RIFIUTATA = 5;
     */
    ActivationState[ActivationState["RIFIUTATA"] = 5] = "RIFIUTATA";
    /**
     * Withdrawn by the Ordine or an operator before acceptance. Final.
     *
     * @generated from enum value: ACTIVATION_STATE_ANNULLATA = 6;
     */
    ActivationState[ActivationState["ANNULLATA"] = 6] = "ANNULLATA";
    /**
     * The provider could not create the mailbox; see `failure_reason`. Final.
     *
     * @generated from enum value: ACTIVATION_STATE_FALLITA = 7;
     */
    ActivationState[ActivationState["FALLITA"] = 7] = "FALLITA";
    /**
     * The member did not accept within the assignment's time (60 days by default): the
     * provider account was removed and the Ordine told; the address stays reserved to the
     * member, and a new request may be made. Final.
     *
     * @generated from enum value: ACTIVATION_STATE_SCADUTA = 8;
     */
    ActivationState[ActivationState["SCADUTA"] = 8] = "SCADUTA";
})(ActivationState || (ActivationState = {}));
/**
 * Describes the enum pec.v1.ActivationState.
 */
export const ActivationStateSchema = /*@__PURE__*/ enumDesc(file_pec_v1_resources, 2);
/**
 * MailboxState is the state of a PEC mailbox.
 *
 * @generated from enum pec.v1.MailboxState
 */
export var MailboxState;
(function (MailboxState) {
    /**
     * Not set; in a filter it means any state.
     *
     * @generated from enum value: MAILBOX_STATE_UNSPECIFIED = 0;
     */
    MailboxState[MailboxState["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Created at the provider, waiting for the member to accept it.
     *
     * @generated from enum value: MAILBOX_STATE_NON_ATTIVO = 1;
     */
    MailboxState[MailboxState["NON_ATTIVO"] = 1] = "NON_ATTIVO";
    /**
     * In use.
     *
     * @generated from enum value: MAILBOX_STATE_ATTIVO = 2;
     */
    MailboxState[MailboxState["ATTIVO"] = 2] = "ATTIVO";
    /**
     * Temporarily blocked; can be reactivated.
     *
     * @generated from enum value: MAILBOX_STATE_SOSPESO = 3;
     */
    MailboxState[MailboxState["SOSPESO"] = 3] = "SOSPESO";
    /**
     * Closed for good. The address is never assigned to anyone else.
     *
     * @generated from enum value: MAILBOX_STATE_CESSATO = 4;
     */
    MailboxState[MailboxState["CESSATO"] = 4] = "CESSATO";
})(MailboxState || (MailboxState = {}));
/**
 * Describes the enum pec.v1.MailboxState.
 */
export const MailboxStateSchema = /*@__PURE__*/ enumDesc(file_pec_v1_resources, 3);
/**
 * SuspensionCause says why a mailbox is suspended.
 *
 * @generated from enum pec.v1.SuspensionCause
 */
export var SuspensionCause;
(function (SuspensionCause) {
    /**
     * Not suspended.
     *
     * @generated from enum value: SUSPENSION_CAUSE_UNSPECIFIED = 0;
     */
    SuspensionCause[SuspensionCause["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Suspended by the member's Ordine.
     *
     * @generated from enum value: SUSPENSION_CAUSE_ORDINE = 1;
     */
    SuspensionCause[SuspensionCause["ORDINE"] = 1] = "ORDINE";
    /**
     * Suspended by a federation operator.
     *
     * @generated from enum value: SUSPENSION_CAUSE_OPERATOR = 2;
     */
    SuspensionCause[SuspensionCause["OPERATOR"] = 2] = "OPERATOR";
    /**
     * The member is suspended from the register; lifted automatically on reinstatement.
     *
     * @generated from enum value: SUSPENSION_CAUSE_REGISTER_SUSPENDED = 3;
     */
    SuspensionCause[SuspensionCause["REGISTER_SUSPENDED"] = 3] = "REGISTER_SUSPENDED";
    /**
     * The member is struck off the register; the mailbox closes at `scheduled_closure_time`
     * unless the member is reinstated first.
     *
     * @generated from enum value: SUSPENSION_CAUSE_REGISTER_STRUCK_OFF = 4;
     */
    SuspensionCause[SuspensionCause["REGISTER_STRUCK_OFF"] = 4] = "REGISTER_STRUCK_OFF";
})(SuspensionCause || (SuspensionCause = {}));
/**
 * Describes the enum pec.v1.SuspensionCause.
 */
export const SuspensionCauseSchema = /*@__PURE__*/ enumDesc(file_pec_v1_resources, 4);
/**
 * ErrorReason lists the machine-readable reasons carried in the `google.rpc.ErrorInfo` detail
 * of every error status (domain `pec.tsrm-pstrp.org`), and in `RowError.reason`. Those carry
 * the value's name without the `ERROR_REASON_` prefix, e.g. "MEMBER_NOT_IN_GOOD_STANDING".
 *
 * @generated from enum pec.v1.ErrorReason
 */
export var ErrorReason;
(function (ErrorReason) {
    /**
     * Not used.
     *
     * @generated from enum value: ERROR_REASON_UNSPECIFIED = 0;
     */
    ErrorReason[ErrorReason["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * One or more fields are invalid; a `google.rpc.BadRequest` detail names them.
     *
     * @generated from enum value: ERROR_REASON_INVALID_FIELDS = 1;
     */
    ErrorReason[ErrorReason["INVALID_FIELDS"] = 1] = "INVALID_FIELDS";
    /**
     * The caller presented no API key, or an unknown or revoked one.
     *
     * @generated from enum value: ERROR_REASON_UNAUTHENTICATED_KEY = 2;
     */
    ErrorReason[ErrorReason["UNAUTHENTICATED_KEY"] = 2] = "UNAUTHENTICATED_KEY";
    /**
     * The caller's role or Ordine does not allow the call.
     *
     * @generated from enum value: ERROR_REASON_PERMISSION_DENIED_ROLE = 3;
     */
    ErrorReason[ErrorReason["PERMISSION_DENIED_ROLE"] = 3] = "PERMISSION_DENIED_ROLE";
    /**
     * The named resource does not exist (or is not visible to the caller).
     *
     * @generated from enum value: ERROR_REASON_RESOURCE_NOT_FOUND = 4;
     */
    ErrorReason[ErrorReason["RESOURCE_NOT_FOUND"] = 4] = "RESOURCE_NOT_FOUND";
    /**
     * A resource with the same key already exists.
     *
     * @generated from enum value: ERROR_REASON_RESOURCE_EXISTS = 5;
     */
    ErrorReason[ErrorReason["RESOURCE_EXISTS"] = 5] = "RESOURCE_EXISTS";
    /**
     * The `request_id` was already used with a different request.
     *
     * @generated from enum value: ERROR_REASON_REQUEST_ID_REUSED = 6;
     */
    ErrorReason[ErrorReason["REQUEST_ID_REUSED"] = 6] = "REQUEST_ID_REUSED";
    /**
     * The resource is in a state that does not allow the operation; the message names it.
     *
     * @generated from enum value: ERROR_REASON_INVALID_STATE = 7;
     */
    ErrorReason[ErrorReason["INVALID_STATE"] = 7] = "INVALID_STATE";
    /**
     * The member is suspended or struck off, so may not hold an active mailbox.
     *
     * @generated from enum value: ERROR_REASON_MEMBER_NOT_IN_GOOD_STANDING = 8;
     */
    ErrorReason[ErrorReason["MEMBER_NOT_IN_GOOD_STANDING"] = 8] = "MEMBER_NOT_IN_GOOD_STANDING";
    /**
     * The member's Ordine does not adhere to the convention.
     *
     * @generated from enum value: ERROR_REASON_ORDINE_NOT_ADHERING = 9;
     */
    ErrorReason[ErrorReason["ORDINE_NOT_ADHERING"] = 9] = "ORDINE_NOT_ADHERING";
    /**
     * The member already has a live mailbox or a pending activation request.
     *
     * @generated from enum value: ERROR_REASON_MAILBOX_ALREADY_ASSIGNED = 10;
     */
    ErrorReason[ErrorReason["MAILBOX_ALREADY_ASSIGNED"] = 10] = "MAILBOX_ALREADY_ASSIGNED";
    /**
     * A concurrent change touched the same rows; retry the call.
     *
     * @generated from enum value: ERROR_REASON_CONCURRENT_CHANGE = 11;
     */
    ErrorReason[ErrorReason["CONCURRENT_CHANGE"] = 11] = "CONCURRENT_CHANGE";
    /**
     * An internal error; details are in the server log under the request's id.
     *
     * @generated from enum value: ERROR_REASON_INTERNAL_ERROR = 12;
     */
    ErrorReason[ErrorReason["INTERNAL_ERROR"] = 12] = "INTERNAL_ERROR";
    /**
     * Too many requests; a `google.rpc.RetryInfo` detail says when to retry.
     *
     * @generated from enum value: ERROR_REASON_RATE_LIMITED = 13;
     */
    ErrorReason[ErrorReason["RATE_LIMITED"] = 13] = "RATE_LIMITED";
    /**
     * A wizard step was called before the steps it depends on; the message names the next
     * expected step.
     *
     * @generated from enum value: ERROR_REASON_STEP_OUT_OF_ORDER = 14;
     */
    ErrorReason[ErrorReason["STEP_OUT_OF_ORDER"] = 14] = "STEP_OUT_OF_ORDER";
    /**
     * The draft expired before it was submitted; start again.
     *
     * @generated from enum value: ERROR_REASON_DRAFT_EXPIRED = 15;
     */
    ErrorReason[ErrorReason["DRAFT_EXPIRED"] = 15] = "DRAFT_EXPIRED";
    /**
     * The WatchEvents cursor is older than the oldest event still held (the retention removed
     * the events after it); the `ErrorInfo` metadata `oldest_cursor` is the cursor that resumes
     * with the oldest event still held. Resynchronise with the List calls, then watch from that
     * cursor or from now.
     *
     * @generated from enum value: ERROR_REASON_CURSOR_EXPIRED = 16;
     */
    ErrorReason[ErrorReason["CURSOR_EXPIRED"] = 16] = "CURSOR_EXPIRED";
    /**
     * The server is at its limit of calls in flight and shed this one; the status is
     * UNAVAILABLE and a `google.rpc.RetryInfo` detail says when to retry.
     *
     * @generated from enum value: ERROR_REASON_OVERLOADED = 20;
     */
    ErrorReason[ErrorReason["OVERLOADED"] = 20] = "OVERLOADED";
    /**
     * A streamed request body sent nothing for longer than the server waits (the status is
     * DEADLINE_EXCEEDED); nothing of the unfinished call was kept: send it again.
     *
     * @generated from enum value: ERROR_REASON_STREAM_STALLED = 21;
     */
    ErrorReason[ErrorReason["STREAM_STALLED"] = 21] = "STREAM_STALLED";
    /**
     * The server is shutting down (a WatchEvents stream ends with it; the status is
     * UNAVAILABLE): reconnect after the `google.rpc.RetryInfo` delay, on this or another
     * replica, with the last cursor.
     *
     * @generated from enum value: ERROR_REASON_SHUTTING_DOWN = 22;
     */
    ErrorReason[ErrorReason["SHUTTING_DOWN"] = 22] = "SHUTTING_DOWN";
})(ErrorReason || (ErrorReason = {}));
/**
 * Describes the enum pec.v1.ErrorReason.
 */
export const ErrorReasonSchema = /*@__PURE__*/ enumDesc(file_pec_v1_resources, 5);
//# sourceMappingURL=resources_pb.js.map