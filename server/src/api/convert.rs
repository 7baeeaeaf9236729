//! Conversions between protobuf messages and domain values. Inbound conversions validate every
//! field and report all bad fields at once; outbound ones are total.

use chrono::NaiveDate;
use prost_types::Timestamp;

use crate::domain::{
    ActivationState, Albo, CodiceFiscale, EmailAddress, MailboxState, MobileNumber, PartitaIva,
    PecDomainPolicy, PersonalEmail, RegisterStatus, SuspensionCause,
};
use crate::entities::{activation_request, mailbox, member, ordine};
use crate::error::{FieldViolation, ServiceError, Violations};
use crate::proto;
use crate::registry::{MemberInput, NewOrdine};

pub fn timestamp(ms: i64) -> Option<Timestamp> {
    let seconds = ms.div_euclid(1000);
    let nanos = i32::try_from(ms.rem_euclid(1000) * 1_000_000).unwrap_or(0);
    Some(Timestamp { seconds, nanos })
}

fn opt_timestamp(ms: Option<i64>) -> Option<Timestamp> {
    ms.and_then(timestamp)
}

pub fn ordine(m: ordine::Model) -> proto::Ordine {
    proto::Ordine {
        code: m.code,
        name: m.name,
        pec_address: m.pec_address,
        adheres_to_convention: m.adheres_to_convention,
        convention_since: m.convention_since.unwrap_or_default(),
        create_time: timestamp(m.created_at),
        update_time: timestamp(m.updated_at),
    }
}

fn register_status_to_proto(status: RegisterStatus) -> proto::RegisterStatus {
    match status {
        RegisterStatus::Active => proto::RegisterStatus::Active,
        RegisterStatus::Suspended => proto::RegisterStatus::Suspended,
        RegisterStatus::StruckOff => proto::RegisterStatus::StruckOff,
    }
}

pub fn register_status_from_proto(value: i32) -> Option<RegisterStatus> {
    match proto::RegisterStatus::try_from(value).ok()? {
        proto::RegisterStatus::Active => Some(RegisterStatus::Active),
        proto::RegisterStatus::Suspended => Some(RegisterStatus::Suspended),
        proto::RegisterStatus::StruckOff => Some(RegisterStatus::StruckOff),
        proto::RegisterStatus::Unspecified => None,
    }
}

pub fn member(m: member::Model) -> proto::Member {
    proto::Member {
        register_status: register_status_to_proto(m.register_status).into(),
        codice_fiscale: m.codice_fiscale,
        given_name: m.given_name,
        family_name: m.family_name,
        ordine_code: m.ordine_code,
        albo: m.albo,
        registration_number: m.registration_number,
        personal_email: m.personal_email,
        mobile_number: m.mobile_number.unwrap_or_default(),
        partita_iva: m.partita_iva.unwrap_or_default(),
        create_time: timestamp(m.created_at),
        update_time: timestamp(m.updated_at),
    }
}

pub fn activation_state_to_proto(state: ActivationState) -> proto::ActivationState {
    match state {
        ActivationState::Richiesta => proto::ActivationState::Richiesta,
        ActivationState::InLavorazione => proto::ActivationState::InLavorazione,
        ActivationState::DaAccettare => proto::ActivationState::DaAccettare,
        ActivationState::Accettata => proto::ActivationState::Accettata,
        ActivationState::Rifiutata => proto::ActivationState::Rifiutata,
        ActivationState::Annullata => proto::ActivationState::Annullata,
        ActivationState::Fallita => proto::ActivationState::Fallita,
        ActivationState::Scaduta => proto::ActivationState::Scaduta,
    }
}

/// `Ok(None)` for UNSPECIFIED (no filter); an unknown number is an error.
pub fn activation_state_filter(value: i32) -> Result<Option<ActivationState>, ServiceError> {
    let state = proto::ActivationState::try_from(value).map_err(|_| unknown_enum("state"))?;
    Ok(ActivationState::ALL
        .iter()
        .copied()
        .find(|s| activation_state_to_proto(*s) == state))
}

pub fn activation_request(m: activation_request::Model) -> proto::ActivationRequest {
    let state = activation_state_to_proto(m.state);
    proto::ActivationRequest {
        id: m.id,
        request_id: m.request_id.unwrap_or_default(),
        ordine_code: m.ordine_code,
        codice_fiscale: m.codice_fiscale,
        mailbox_address: m.mailbox_address,
        state: state.into(),
        reason: m.reason.unwrap_or_default(),
        create_time: timestamp(m.created_at),
        update_time: timestamp(m.updated_at),
    }
}

pub fn mailbox_state_to_proto(state: MailboxState) -> proto::MailboxState {
    match state {
        MailboxState::NonAttivo => proto::MailboxState::NonAttivo,
        MailboxState::Attivo => proto::MailboxState::Attivo,
        MailboxState::Sospeso => proto::MailboxState::Sospeso,
        MailboxState::Cessato => proto::MailboxState::Cessato,
    }
}

pub fn mailbox_state_filter(value: i32) -> Result<Option<MailboxState>, ServiceError> {
    let state = proto::MailboxState::try_from(value).map_err(|_| unknown_enum("state"))?;
    Ok(MailboxState::ALL
        .iter()
        .copied()
        .find(|s| mailbox_state_to_proto(*s) == state))
}

fn suspension_cause(cause: Option<SuspensionCause>) -> proto::SuspensionCause {
    match cause {
        Some(SuspensionCause::Ordine) => proto::SuspensionCause::Ordine,
        Some(SuspensionCause::Operator) => proto::SuspensionCause::Operator,
        Some(SuspensionCause::RegisterSuspended) => proto::SuspensionCause::RegisterSuspended,
        Some(SuspensionCause::RegisterStruckOff) => proto::SuspensionCause::RegisterStruckOff,
        None => proto::SuspensionCause::Unspecified,
    }
}

pub fn mailbox(m: mailbox::Model) -> proto::Mailbox {
    let state = mailbox_state_to_proto(m.state);
    proto::Mailbox {
        suspension_cause: suspension_cause(m.suspension_cause).into(),
        address: m.address,
        codice_fiscale: m.codice_fiscale,
        ordine_code: m.ordine_code,
        state: state.into(),
        suspension_note: m.suspension_note.unwrap_or_default(),
        scheduled_closure_time: opt_timestamp(m.scheduled_closure_at),
        activation_request_id: m.activation_request_id,
        create_time: timestamp(m.created_at),
        activate_time: opt_timestamp(m.activated_at),
        close_time: opt_timestamp(m.closed_at),
        update_time: timestamp(m.updated_at),
        residence: m.residence_country.map(|country| proto::Residence {
            country,
            province: m.residence_province.unwrap_or_default(),
            comune: m.residence_comune.unwrap_or_default(),
            postal_code: m.residence_postal_code.unwrap_or_default(),
            street: m.residence_street.unwrap_or_default(),
        }),
        recovery_email: m.recovery_email.unwrap_or_default(),
        mobile_number: m.mobile_number.unwrap_or_default(),
    }
}

fn unknown_enum(field: &str) -> ServiceError {
    ServiceError::invalid_field(
        field,
        "is not a known value",
        "Il valore indicato non è tra quelli ammessi.",
    )
}

/// An optional free-text note (empty means none).
pub fn note(field: &str, value: String) -> Result<Option<String>, ServiceError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let mut v = Violations::new();
    let out = v.text(field, value, 500);
    v.into_result()?;
    Ok(out)
}

/// An optional filter field: blank means "any"; anything else must be valid.
pub fn filter<T>(
    v: &mut Violations,
    field: &str,
    value: &str,
    parse: impl FnOnce(&mut Violations, &str, &str) -> Option<T>,
) -> Option<T> {
    if value.trim().is_empty() {
        None
    } else {
        parse(v, field, value)
    }
}

pub fn ordine_code(v: &mut Violations, field: &str, value: &str) -> Option<String> {
    let code = value.trim().to_ascii_uppercase();
    let ok = (2..=16).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
    if code.is_empty() {
        v.push(FieldViolation::required(field));
        None
    } else if ok {
        Some(code)
    } else {
        v.push(FieldViolation::new(
            field,
            "must be 2 to 16 characters of A-Z, 0-9 and '-'",
            "Il codice dell'Ordine deve contenere da 2 a 16 caratteri tra lettere, cifre e trattini.",
        ));
        None
    }
}

fn pec_address(v: &mut Violations, field: &str, value: &str) -> Option<String> {
    if value.trim().is_empty() {
        v.push(FieldViolation::required(field));
        return None;
    }
    v.check(field, EmailAddress::parse(value), |e| {
        (e.to_string(), e.message_it().to_owned())
    })
    .map(|e| e.as_str().to_owned())
}

fn date(v: &mut Violations, field: &str, value: &str) -> Option<String> {
    match NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d") {
        Ok(d) => Some(d.format("%Y-%m-%d").to_string()),
        Err(_) => {
            v.push(FieldViolation::new(
                field,
                "must be a date as YYYY-MM-DD",
                "La data deve essere nel formato AAAA-MM-GG.",
            ));
            None
        }
    }
}

pub fn convention_since(
    v: &mut Violations,
    field: &str,
    adheres: bool,
    value: &str,
) -> Option<Option<String>> {
    match (adheres, value.trim().is_empty()) {
        (true, true) => {
            v.push(FieldViolation::new(
                field,
                "is required when the Ordine adheres to the convention",
                "La data di adesione è obbligatoria se l'Ordine aderisce alla convenzione.",
            ));
            None
        }
        (true, false) => date(v, field, value).map(Some),
        (false, true) => Some(None),
        (false, false) => {
            v.push(FieldViolation::new(
                field,
                "must be empty when the Ordine does not adhere",
                "La data di adesione va lasciata vuota se l'Ordine non aderisce alla convenzione.",
            ));
            None
        }
    }
}

pub fn new_ordine(o: Option<proto::Ordine>) -> Result<NewOrdine, ServiceError> {
    let Some(proto::Ordine {
        code,
        name,
        pec_address: pec,
        adheres_to_convention,
        convention_since: since,
        create_time: _,
        update_time: _,
    }) = o
    else {
        return Err(ServiceError::InvalidFields(vec![FieldViolation::required(
            "ordine",
        )]));
    };
    let mut v = Violations::new();
    let code = ordine_code(&mut v, "ordine.code", &code);
    let name = v.text("ordine.name", &name, 200);
    let pec = pec_address(&mut v, "ordine.pec_address", &pec);
    let since = convention_since(
        &mut v,
        "ordine.convention_since",
        adheres_to_convention,
        &since,
    );
    v.into_result()?;
    match (code, name, pec, since) {
        (Some(code), Some(name), Some(pec_address), Some(convention_since)) => Ok(NewOrdine {
            code,
            name,
            pec_address,
            convention_since,
        }),
        _ => Err(ServiceError::Internal(anyhow::anyhow!(
            "validation passed with a missing value"
        ))),
    }
}

/// Update of an Ordine's mutable fields per `paths` (all when empty).
pub fn ordine_update(
    o: proto::Ordine,
    paths: &[String],
) -> Result<crate::registry::OrdineUpdate, ServiceError> {
    const MUTABLE: [&str; 4] = [
        "name",
        "pec_address",
        "adheres_to_convention",
        "convention_since",
    ];
    let mut v = Violations::new();
    let selected: Vec<&str> = if paths.is_empty() {
        MUTABLE.to_vec()
    } else {
        paths.iter().map(String::as_str).collect()
    };
    let mut update = crate::registry::OrdineUpdate::default();
    for path in selected {
        match path {
            "name" => update.name = v.text("ordine.name", &o.name, 200),
            "pec_address" => {
                update.pec_address = pec_address(&mut v, "ordine.pec_address", &o.pec_address)
            }
            "adheres_to_convention" => update.adheres_to_convention = Some(o.adheres_to_convention),
            "convention_since" => {
                update.convention_since = if o.convention_since.trim().is_empty() {
                    Some(None)
                } else {
                    date(&mut v, "ordine.convention_since", &o.convention_since).map(Some)
                };
            }
            other => v.push(FieldViolation::new(
                "update_mask",
                format!("'{other}' is not a mutable field of Ordine"),
                "Uno dei campi indicati non si può modificare.",
            )),
        }
    }
    v.into_result()?;
    Ok(update)
}

pub fn codice_fiscale(v: &mut Violations, field: &str, value: &str) -> Option<CodiceFiscale> {
    if value.trim().is_empty() {
        v.push(FieldViolation::required(field));
        return None;
    }
    v.check(field, CodiceFiscale::parse(value), |e| {
        (e.to_string(), e.message_it().to_owned())
    })
}

/// Validates a codice fiscale argument on its own.
pub fn codice_fiscale_arg(field: &str, value: &str) -> Result<CodiceFiscale, ServiceError> {
    let mut v = Violations::new();
    let cf = codice_fiscale(&mut v, field, value);
    v.into_result()?;
    cf.ok_or_else(|| ServiceError::InvalidFields(vec![FieldViolation::required(field)]))
}

/// A required identifier (an id or an address), trimmed, recording a violation if bad.
pub fn identifier(v: &mut Violations, field: &str, value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        v.push(FieldViolation::required(field));
        None
    } else if value.len() > 320 {
        v.push(FieldViolation::new(
            field,
            "is too long",
            "Il valore è troppo lungo.",
        ));
        None
    } else if value.chars().any(char::is_control) {
        // PostgreSQL refuses NUL in text; no identifier of ours has control characters.
        v.push(FieldViolation::new(
            field,
            "must not contain control characters",
            "Il valore non può contenere caratteri di controllo.",
        ));
        None
    } else {
        Some(value.to_owned())
    }
}

/// A required identifier argument on its own.
pub fn required_arg(field: &str, value: &str) -> Result<String, ServiceError> {
    let mut v = Violations::new();
    let value = identifier(&mut v, field, value);
    v.into_result()?;
    value.ok_or_else(|| ServiceError::InvalidFields(vec![FieldViolation::required(field)]))
}

/// Validates a member record; `prefix` is prepended to field paths (e.g. `member.`).
pub fn member_input(
    m: proto::Member,
    prefix: &str,
    pec_policy: &PecDomainPolicy,
) -> Result<MemberInput, Vec<FieldViolation>> {
    let proto::Member {
        codice_fiscale: cf,
        given_name,
        family_name,
        ordine_code: oc,
        albo,
        registration_number,
        personal_email,
        mobile_number,
        partita_iva,
        register_status,
        create_time: _,
        update_time: _,
    } = m;
    let f = |name: &str| format!("{prefix}{name}");
    let mut v = Violations::new();
    let cf = codice_fiscale(&mut v, &f("codice_fiscale"), &cf);
    let given_name = v.text(&f("given_name"), &given_name, 100);
    let family_name = v.text(&f("family_name"), &family_name, 100);
    let oc = ordine_code(&mut v, &f("ordine_code"), &oc);
    let albo = match Albo::from_code(albo) {
        Some(a) => Some(a),
        None => {
            v.push(FieldViolation::new(
                f("albo"),
                "must be one of the albi",
                "Indica un albo valido.",
            ));
            None
        }
    };
    let registration_number = v.text(&f("registration_number"), &registration_number, 32);
    let personal_email = if personal_email.trim().is_empty() {
        v.push(FieldViolation::required(f("personal_email")));
        None
    } else {
        v.check(
            &f("personal_email"),
            PersonalEmail::parse(&personal_email, pec_policy),
            |e| (e.to_string(), e.message_it().to_owned()),
        )
    };
    let mobile_number = if mobile_number.trim().is_empty() {
        Some(None)
    } else {
        v.check(
            &f("mobile_number"),
            MobileNumber::parse(&mobile_number),
            |e| (e.to_string(), e.message_it().to_owned()),
        )
        .map(Some)
    };
    let partita_iva = if partita_iva.trim().is_empty() {
        Some(None)
    } else {
        v.check(&f("partita_iva"), PartitaIva::parse(&partita_iva), |e| {
            (e.to_string(), e.message_it().to_owned())
        })
        .map(Some)
    };
    let register_status = match register_status_from_proto(register_status) {
        Some(s) => Some(s),
        None => {
            v.push(FieldViolation::new(
                f("register_status"),
                "must be ACTIVE, SUSPENDED or STRUCK_OFF",
                "Indica lo stato di iscrizione all'albo.",
            ));
            None
        }
    };
    if let Err(ServiceError::InvalidFields(violations)) = v.into_result() {
        return Err(violations);
    }
    match (
        cf,
        given_name,
        family_name,
        oc,
        albo,
        registration_number,
        personal_email,
        mobile_number,
        partita_iva,
        register_status,
    ) {
        (
            Some(codice_fiscale),
            Some(given_name),
            Some(family_name),
            Some(ordine_code),
            Some(albo),
            Some(registration_number),
            Some(personal_email),
            Some(mobile_number),
            Some(partita_iva),
            Some(register_status),
        ) => Ok(MemberInput {
            codice_fiscale,
            given_name,
            family_name,
            ordine_code,
            albo,
            registration_number,
            personal_email,
            mobile_number,
            partita_iva,
            register_status,
        }),
        _ => Err(vec![FieldViolation::required(f("member"))]),
    }
}

/// A refused row for bulk responses (the one mapping lives in `api::status`).
pub use super::status::row_error;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::assert_member_text;

    fn assert_field_texts(violations: &[FieldViolation]) {
        assert!(!violations.is_empty());
        for v in violations {
            assert_member_text(&v.description_it);
            // A field's name as a word is Italian ("albo"); as a label it is a field name.
            let leaf = v.field.rsplit('.').next().unwrap_or(&v.field);
            assert!(
                !v.description_it.contains(&v.field)
                    && !v.description_it.contains(&format!("{leaf}:")),
                "{} named in {:?}",
                v.field,
                v.description_it
            );
        }
    }

    #[test]
    fn every_bad_member_field_has_its_own_italian_sentence() {
        let bad = proto::Member {
            codice_fiscale: "RSSMRA80A01H501X".to_owned(),
            given_name: "x".repeat(101),
            family_name: String::new(),
            ordine_code: "?".to_owned(),
            albo: 999,
            registration_number: "\u{7}".to_owned(),
            personal_email: "someone@pec.it".to_owned(),
            mobile_number: "abc".to_owned(),
            partita_iva: "123".to_owned(),
            register_status: 0,
            ..Default::default()
        };
        let Err(violations) = member_input(bad, "member.", &PecDomainPolicy::default()) else {
            panic!("invalid");
        };
        assert_eq!(violations.len(), 10, "{violations:?}");
        assert_field_texts(&violations);
    }

    #[test]
    fn every_bad_ordine_field_has_its_own_italian_sentence() {
        let bad = proto::Ordine {
            code: "a".to_owned(),
            name: String::new(),
            pec_address: "no".to_owned(),
            adheres_to_convention: true,
            convention_since: "yesterday".to_owned(),
            ..Default::default()
        };
        let Err(ServiceError::InvalidFields(violations)) = new_ordine(Some(bad)) else {
            panic!("invalid");
        };
        assert_eq!(violations.len(), 4, "{violations:?}");
        assert_field_texts(&violations);

        let not_adhering = proto::Ordine {
            convention_since: "2020-01-01".to_owned(),
            ..Default::default()
        };
        let Err(ServiceError::InvalidFields(violations)) = ordine_update(
            not_adhering,
            &["convention_since".to_owned(), "code".to_owned()],
        ) else {
            panic!("invalid");
        };
        assert_field_texts(&violations);

        let mut v = Violations::new();
        convention_since(&mut v, "ordine.convention_since", false, "2020-01-01");
        convention_since(&mut v, "ordine.convention_since", true, "");
        identifier(&mut v, "id", &"x".repeat(400));
        identifier(&mut v, "id", "a\0b");
        let Err(ServiceError::InvalidFields(violations)) = v.into_result() else {
            panic!("invalid");
        };
        assert_eq!(violations.len(), 4);
        assert_field_texts(&violations);
        let Err(ServiceError::InvalidFields(violations)) = activation_state_filter(99) else {
            panic!("invalid");
        };
        assert_field_texts(&violations);
    }
}
