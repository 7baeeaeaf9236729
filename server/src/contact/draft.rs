//! The wizard's steps that fill in the draft: holder details, the recovery email and its
//! code, the mobile number, the confirmation (which sends the SMS code) and code resends.
//! Each one locks the draft, checks its step on the locked row and saves conditionally.

use sea_orm::{ActiveValue::Set, DatabaseTransaction};

use super::codes::{self, Channel, Checked};
use super::{Change, ContactSettings, Step, commit_step, lock_for_step, ms, save_draft};
use crate::audit;
use crate::auth::Actor;
use crate::db::{Db, now_ms};
use crate::domain::{CodiceFiscale, MobileNumber, PersonalEmail, places};
use crate::entities::contact_change;
use crate::error::{FieldViolation, Reason, ServiceError, ServiceResult, Violations};
use crate::notify::{self, Message, Related};
use crate::self_service::Visitor;

/// The holder's residence as the member typed it.
#[derive(Debug, Clone, Default)]
pub struct ResidenceInput {
    pub country: String,
    pub province: String,
    pub comune: String,
    pub postal_code: String,
    pub street: String,
}

/// A checked residence, with the comune's official spelling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Residence {
    pub country: String,
    pub province: Option<String>,
    pub comune: String,
    pub postal_code: Option<String>,
    pub street: String,
}

/// Checks a residence: in Italy against the official province, comune and CAP lists.
pub fn check_residence(v: &mut Violations, input: &ResidenceInput) -> Option<Residence> {
    let country = input.country.trim().to_ascii_uppercase();
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        v.push(FieldViolation::new(
            "residence.country",
            "an ISO 3166-1 alpha-2 country code, e.g. IT",
            "Indica il paese con il codice di due lettere (ISO 3166-1, ad esempio IT).",
        ));
        return None;
    }
    let street = v.text("residence.street", &input.street, 200);
    if country == "IT" {
        let province = input.province.trim().to_ascii_uppercase();
        if !places::is_province(&province) {
            v.push(FieldViolation::new(
                "residence.province",
                "not the code of an Italian province",
                "La sigla della provincia non è valida.",
            ));
        }
        let comune = if input.comune.trim().is_empty() {
            v.push(FieldViolation::required("residence.comune"));
            None
        } else if places::is_province(&province) {
            let found = places::find_comune(&province, &input.comune);
            if found.is_none() {
                v.push(FieldViolation::new(
                    "residence.comune",
                    format!("no comune of that name in the province {province}"),
                    format!("Nessun comune con questo nome nella provincia {province}."),
                ));
            }
            found.map(|c| c.name.to_string())
        } else {
            None
        };
        if !places::is_cap(&input.postal_code) {
            v.push(FieldViolation::new(
                "residence.postal_code",
                "a CAP is five digits",
                "Il CAP deve essere di cinque cifre.",
            ));
        }
        Some(Residence {
            country,
            province: Some(province),
            comune: comune?,
            postal_code: Some(input.postal_code.trim().to_owned()),
            street: street?,
        })
    } else {
        if !input.province.trim().is_empty() {
            v.push(FieldViolation::new(
                "residence.province",
                "only for a residence in Italy",
                "La provincia si indica solo per la residenza in Italia.",
            ));
        }
        let comune = v.text("residence.comune", &input.comune, 100);
        let postal_code = input.postal_code.trim();
        if postal_code.chars().count() > 16 {
            v.push(FieldViolation::new(
                "residence.postal_code",
                "at most 16 characters",
                "Il codice postale può contenere al massimo 16 caratteri.",
            ));
        }
        Some(Residence {
            country,
            province: None,
            comune: comune?,
            postal_code: (!postal_code.is_empty()).then(|| postal_code.to_owned()),
            street: street?,
        })
    }
}

/// Checks the holder's names against the codice fiscale's name codes.
pub fn check_names(
    v: &mut Violations,
    codice_fiscale: &str,
    given: &str,
    family: &str,
) -> Option<(String, String)> {
    let given = v.text("given_name", given, 100);
    let family = v.text("family_name", family, 100);
    let (given, family) = (given?, family?);
    if let Ok(cf) = CodiceFiscale::parse(codice_fiscale)
        && !cf.matches_names(&given, &family)
    {
        v.push(FieldViolation::new(
            "family_name",
            "given and family name do not agree with the holder's codice fiscale",
            "Nome e cognome non corrispondono al codice fiscale del titolare.",
        ));
        return None;
    }
    Some((given, family))
}

/// SetHolderDetails: the names are checked against the holder's codice fiscale, the
/// residence against the official lists; the confirmation of the summary is voided.
pub async fn set_holder_details(
    db: &Db,
    actor: &Actor,
    id: &str,
    secret: &str,
    given_name: &str,
    family_name: &str,
    residence: Option<&ResidenceInput>,
) -> ServiceResult<Change> {
    let txn = db.begin().await?;
    let change = lock_for_step(&txn, id, secret, Step::HolderDetails).await?;
    let mut v = Violations::new();
    let names = check_names(&mut v, &change.row.codice_fiscale, given_name, family_name);
    let residence = match residence {
        None => {
            v.push(FieldViolation::required("residence"));
            None
        }
        Some(input) => check_residence(&mut v, input),
    };
    v.into_result()?;
    let (Some((given, family)), Some(residence)) = (names, residence) else {
        return Err(ServiceError::Internal(anyhow::anyhow!(
            "validation passed with a missing value"
        )));
    };
    let edit = contact_change::ActiveModel {
        given_name: Set(Some(given)),
        family_name: Set(Some(family)),
        residence_country: Set(Some(residence.country)),
        residence_province: Set(residence.province),
        residence_comune: Set(Some(residence.comune)),
        residence_postal_code: Set(residence.postal_code),
        residence_street: Set(Some(residence.street)),
        // The summary the member confirmed no longer holds.
        confirmed_at: Set(None),
        ..Default::default()
    };
    let row = save_draft(&txn, id, edit).await?;
    commit_step(txn, actor, "contact.holder_details", row, change.documents).await
}

fn code_error(checked: &Checked) -> ServiceError {
    match checked {
        Checked::Valid { .. } => {
            ServiceError::Internal(anyhow::anyhow!("a valid code is not an error"))
        }
        Checked::Wrong { left } => ServiceError::invalid_field(
            "code",
            format!("wrong code; {left} tries left"),
            format!("Codice errato: restano {left} tentativi."),
        ),
        Checked::Spent => ServiceError::invalid_field(
            "code",
            "the code expired or was tried too many times; ask for a new one",
            "Il codice è scaduto o è stato inserito troppe volte in modo errato: richiedine uno nuovo.",
        ),
        Checked::NoCode => ServiceError::invalid_field(
            "code",
            "no code is waiting; ask for a new one",
            "Nessun codice in attesa: richiedine uno nuovo.",
        ),
    }
}

/// Checks `code` in `txn` (the change locked); a wrong try is committed before the error
/// is returned, since it must count.
pub(super) async fn check_code(
    txn: crate::db::WriteTxn,
    settings: &ContactSettings,
    id: &str,
    channel: Channel,
    code: &str,
) -> ServiceResult<crate::db::WriteTxn> {
    let checked = codes::check(&txn, settings, id, channel, code).await?;
    if matches!(checked, Checked::Valid { .. }) {
        return Ok(txn);
    }
    txn.commit().await?;
    Err(code_error(&checked))
}

async fn send_email_code(
    txn: &DatabaseTransaction,
    settings: &ContactSettings,
    row: &contact_change::Model,
    email: &str,
    visitor: Visitor,
) -> ServiceResult<()> {
    let code = codes::issue(txn, settings, &row.id, Channel::Email, email, visitor).await?;
    let message = Message::ContactEmailCode {
        given_name: row.given_name.clone().unwrap_or_default(),
        address: row.mailbox_address.clone(),
        code,
        valid_minutes: ms(settings.code_ttl) / 60_000,
    };
    notify::queue_email(
        txn,
        &message,
        email,
        Related {
            kind: "contact_change",
            id: &row.id,
        },
    )
    .await?;
    Ok(())
}

async fn send_sms_code(
    txn: &DatabaseTransaction,
    settings: &ContactSettings,
    row: &contact_change::Model,
    mobile: &str,
    visitor: Visitor,
) -> ServiceResult<()> {
    let code = codes::issue(txn, settings, &row.id, Channel::Sms, mobile, visitor).await?;
    let text = notify::ContactSmsCode {
        address: &row.mailbox_address,
        code: &code,
        valid_minutes: ms(settings.code_ttl) / 60_000,
    }
    .text()
    .map_err(|e| ServiceError::Internal(e.into()))?;
    notify::queue_sms(
        txn,
        "contact_sms_code",
        &text,
        mobile,
        Related {
            kind: "contact_change",
            id: &row.id,
        },
        true,
    )
    .await?;
    Ok(())
}

/// SetRecoveryEmail: records the new address (voiding an earlier verification and the
/// confirmation) and emails it a code.
pub async fn set_recovery_email(
    db: &Db,
    settings: &ContactSettings,
    actor: &Actor,
    id: &str,
    secret: &str,
    email: &PersonalEmail,
    visitor: Visitor,
) -> ServiceResult<Change> {
    let txn = db.begin().await?;
    let change = lock_for_step(&txn, id, secret, Step::RecoveryEmail).await?;
    let edit = contact_change::ActiveModel {
        recovery_email: Set(Some(email.as_str().to_owned())),
        recovery_email_verified_at: Set(None),
        confirmed_at: Set(None),
        ..Default::default()
    };
    let row = save_draft(&txn, id, edit).await?;
    codes::void(&*txn, id, Channel::Sms, now_ms()).await?;
    send_email_code(&txn, settings, &row, email.as_str(), visitor).await?;
    commit_step(
        txn,
        actor,
        "contact.recovery_email_set",
        row,
        change.documents,
    )
    .await
}

/// VerifyRecoveryEmail.
pub async fn verify_recovery_email(
    db: &Db,
    settings: &ContactSettings,
    actor: &Actor,
    id: &str,
    secret: &str,
    code: &str,
) -> ServiceResult<Change> {
    let txn = db.begin().await?;
    let change = lock_for_step(&txn, id, secret, Step::VerifyRecoveryEmail).await?;
    let txn = check_code(txn, settings, id, Channel::Email, code).await?;
    let edit = contact_change::ActiveModel {
        recovery_email_verified_at: Set(Some(now_ms())),
        ..Default::default()
    };
    let row = save_draft(&txn, id, edit).await?;
    commit_step(
        txn,
        actor,
        "contact.recovery_email_verified",
        row,
        change.documents,
    )
    .await
}

/// SetMobileNumber: records the number (voiding the confirmation and any SMS code).
pub async fn set_mobile_number(
    db: &Db,
    actor: &Actor,
    id: &str,
    secret: &str,
    mobile: &MobileNumber,
) -> ServiceResult<Change> {
    let txn = db.begin().await?;
    let change = lock_for_step(&txn, id, secret, Step::MobileNumber).await?;
    let edit = contact_change::ActiveModel {
        mobile_number: Set(Some(mobile.as_str().to_owned())),
        mobile_verified_at: Set(None),
        confirmed_at: Set(None),
        ..Default::default()
    };
    let row = save_draft(&txn, id, edit).await?;
    codes::void(&*txn, id, Channel::Sms, now_ms()).await?;
    commit_step(txn, actor, "contact.mobile_set", row, change.documents).await
}

/// ConfirmContactChange: the member saw the summary; an SMS code goes to the new number.
pub async fn confirm(
    db: &Db,
    settings: &ContactSettings,
    actor: &Actor,
    id: &str,
    secret: &str,
    visitor: Visitor,
) -> ServiceResult<Change> {
    let txn = db.begin().await?;
    let change = lock_for_step(&txn, id, secret, Step::Confirm).await?;
    let mobile = change.row.mobile_number.clone().unwrap_or_default();
    let edit = contact_change::ActiveModel {
        confirmed_at: Set(Some(now_ms())),
        ..Default::default()
    };
    let row = save_draft(&txn, id, edit).await?;
    send_sms_code(&txn, settings, &row, &mobile, visitor).await?;
    commit_step(txn, actor, "contact.confirmed", row, change.documents).await
}

/// ResendVerificationCode: a new code for the step that awaits one.
pub async fn resend(
    db: &Db,
    settings: &ContactSettings,
    actor: &Actor,
    id: &str,
    secret: &str,
    visitor: Visitor,
) -> ServiceResult<Channel> {
    let txn = db.begin().await?;
    let change = lock_for_step(&txn, id, secret, Step::VerifyRecoveryEmail).await?;
    let row = &change.row;
    let channel = match change.next_step() {
        Some(Step::VerifyRecoveryEmail) => {
            let email = row.recovery_email.clone().unwrap_or_default();
            send_email_code(&txn, settings, row, &email, visitor).await?;
            Channel::Email
        }
        Some(Step::VerifyMobileNumber) => {
            let mobile = row.mobile_number.clone().unwrap_or_default();
            send_sms_code(&txn, settings, row, &mobile, visitor).await?;
            Channel::Sms
        }
        next => {
            let next = next.map_or("none", Step::rpc);
            return Err(ServiceError::precondition(
                Reason::StepOutOfOrder,
                format!("no code is awaited at this step; the next step is {next}"),
                "In questo passaggio non è previsto alcun codice.",
            ));
        }
    };
    audit::record(
        &*txn,
        actor,
        "contact.code_resent",
        "contact_change",
        id,
        serde_json::json!({ "channel": channel.as_str() }),
    )
    .await?;
    txn.commit().await?;
    Ok(channel)
}
