# Generated from openapi/didit.yaml by codegen. Do not edit.
"""The root resources of ``AsyncDidit`` and ``Didit``, each built on first use.

``client.sessions`` imports ``resources/sessions.py`` (and the models it uses) the first
time it is read, so importing the package and building a client stays as fast with 250
operations as with 25. The clients inherit these properties and may narrow one to a
subclass that adds methods (``AsyncDidit.sessions`` is ``Sessions``).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from didit_async._seam import Transport
from didit_async._sync_seam import SyncRunner

if TYPE_CHECKING:
    from .resources.account import AccountResource, SyncAccountResource
    from .resources.age_estimation import AgeEstimationResource, SyncAgeEstimationResource
    from .resources.aml import AmlResource, SyncAmlResource
    from .resources.billing import BillingResource, SyncBillingResource
    from .resources.biometric_templates import (
        BiometricTemplatesResource,
        SyncBiometricTemplatesResource,
    )
    from .resources.blocklist import BlocklistResource, SyncBlocklistResource
    from .resources.businesses import BusinessesResource, SyncBusinessesResource
    from .resources.cases import CasesResource, SyncCasesResource
    from .resources.customization import CustomizationResource, SyncCustomizationResource
    from .resources.database_validation import (
        DatabaseValidationResource,
        SyncDatabaseValidationResource,
    )
    from .resources.document_ai import DocumentAiResource, SyncDocumentAiResource
    from .resources.email import EmailResource, SyncEmailResource
    from .resources.events import EventsResource, SyncEventsResource
    from .resources.face_match import FaceMatchResource, SyncFaceMatchResource
    from .resources.face_search import FaceSearchResource, SyncFaceSearchResource
    from .resources.id_verification import IdVerificationResource, SyncIdVerificationResource
    from .resources.kyb import KybResource, SyncKybResource
    from .resources.lists import ListsResource, SyncListsResource
    from .resources.networks import NetworksResource, SyncNetworksResource
    from .resources.passive_liveness import PassiveLivenessResource, SyncPassiveLivenessResource
    from .resources.phone import PhoneResource, SyncPhoneResource
    from .resources.poa import PoaResource, SyncPoaResource
    from .resources.questionnaires import QuestionnairesResource, SyncQuestionnairesResource
    from .resources.regulatory_reports import (
        RegulatoryReportsResource,
        SyncRegulatoryReportsResource,
    )
    from .resources.report_templates import ReportTemplatesResource, SyncReportTemplatesResource
    from .resources.risk import RiskResource, SyncRiskResource
    from .resources.sessions import SessionsResource, SyncSessionsResource
    from .resources.system import SyncSystemResource, SystemResource
    from .resources.transactions import SyncTransactionsResource, TransactionsResource
    from .resources.travel_rule import SyncTravelRuleResource, TravelRuleResource
    from .resources.users import SyncUsersResource, UsersResource
    from .resources.wallet_screening import SyncWalletScreeningResource, WalletScreeningResource
    from .resources.webhooks import SyncWebhooksResource, WebhooksResource
    from .resources.workflows import SyncWorkflowsResource, WorkflowsResource

__all__ = ["AsyncResources", "SyncResources"]


class AsyncResources:
    """Every root resource of ``AsyncDidit``, built on first use."""

    _transport: Transport

    @functools.cached_property
    def account(self) -> AccountResource:
        """``client.account``: register, verify_email, login, resend_otp, list_organizations,
        get_credentials, list_applications, create_application.
        """
        from .resources import account

        return account.AccountResource(self._transport)

    @functools.cached_property
    def age_estimation(self) -> AgeEstimationResource:
        """``client.age_estimation``: estimate."""
        from .resources import age_estimation

        return age_estimation.AgeEstimationResource(self._transport)

    @functools.cached_property
    def aml(self) -> AmlResource:
        """``client.aml``: screen, retrieve_monitoring_job."""
        from .resources import aml

        return aml.AmlResource(self._transport)

    @functools.cached_property
    def billing(self) -> BillingResource:
        """``client.billing``: get_balance, top_up."""
        from .resources import billing

        return billing.BillingResource(self._transport)

    @functools.cached_property
    def biometric_templates(self) -> BiometricTemplatesResource:
        """``client.biometric_templates``: list, count, retrieve, purge, bulk_purge."""
        from .resources import biometric_templates

        return biometric_templates.BiometricTemplatesResource(self._transport)

    @functools.cached_property
    def blocklist(self) -> BlocklistResource:
        """``client.blocklist``: add, remove, list."""
        from .resources import blocklist

        return blocklist.BlocklistResource(self._transport)

    @functools.cached_property
    def businesses(self) -> BusinessesResource:
        """``client.businesses``: list, create, retrieve, update, update_status, batch_delete,
        toggle_aml_monitoring, bulk_toggle_aml_monitoring, retrieve_aml_monitoring_job,
        bulk_toggle_session_aml_monitoring, retrieve_session_aml_monitoring_job.
        """
        from .resources import businesses

        return businesses.BusinessesResource(self._transport)

    @functools.cached_property
    def cases(self) -> CasesResource:
        """``client.cases``: list_aml_hits, list, create, retrieve, update, delete, assign,
        resolve, reopen, request_info, escalate, transfer, approve_resolution,
        reject_resolution, apply_entity_action, print, list_events, analytics,
        bulk_update_status, bulk_assign.
        """
        from .resources import cases

        return cases.CasesResource(self._transport)

    @functools.cached_property
    def customization(self) -> CustomizationResource:
        """``client.customization``: retrieve, update."""
        from .resources import customization

        return customization.CustomizationResource(self._transport)

    @functools.cached_property
    def database_validation(self) -> DatabaseValidationResource:
        """``client.database_validation``: validate."""
        from .resources import database_validation

        return database_validation.DatabaseValidationResource(self._transport)

    @functools.cached_property
    def document_ai(self) -> DocumentAiResource:
        """``client.document_ai``: extract."""
        from .resources import document_ai

        return document_ai.DocumentAiResource(self._transport)

    @functools.cached_property
    def email(self) -> EmailResource:
        """``client.email``: send, check."""
        from .resources import email

        return email.EmailResource(self._transport)

    @functools.cached_property
    def events(self) -> EventsResource:
        """``client.events``: ingest, ingest_batch."""
        from .resources import events

        return events.EventsResource(self._transport)

    @functools.cached_property
    def face_match(self) -> FaceMatchResource:
        """``client.face_match``: compare."""
        from .resources import face_match

        return face_match.FaceMatchResource(self._transport)

    @functools.cached_property
    def face_search(self) -> FaceSearchResource:
        """``client.face_search``: search."""
        from .resources import face_search

        return face_search.FaceSearchResource(self._transport)

    @functools.cached_property
    def id_verification(self) -> IdVerificationResource:
        """``client.id_verification``: verify."""
        from .resources import id_verification

        return id_verification.IdVerificationResource(self._transport)

    @functools.cached_property
    def kyb(self) -> KybResource:
        """``client.kyb``: search, select, retrieve_shareholders, retrieve_ubo."""
        from .resources import kyb

        return kyb.KybResource(self._transport)

    @functools.cached_property
    def lists(self) -> ListsResource:
        """``client.lists``: list, create, retrieve, update, delete."""
        from .resources import lists

        return lists.ListsResource(self._transport)

    @functools.cached_property
    def networks(self) -> NetworksResource:
        """``client.networks``: list, retrieve, graph, list_members, list_signals, timeline, map,
        list_for_session, list_for_business_session, list_for_user, list_for_business,
        list_for_transaction, list_for_transaction_party.
        """
        from .resources import networks

        return networks.NetworksResource(self._transport)

    @functools.cached_property
    def passive_liveness(self) -> PassiveLivenessResource:
        """``client.passive_liveness``: check."""
        from .resources import passive_liveness

        return passive_liveness.PassiveLivenessResource(self._transport)

    @functools.cached_property
    def phone(self) -> PhoneResource:
        """``client.phone``: send, check."""
        from .resources import phone

        return phone.PhoneResource(self._transport)

    @functools.cached_property
    def poa(self) -> PoaResource:
        """``client.poa``: verify."""
        from .resources import poa

        return poa.PoaResource(self._transport)

    @functools.cached_property
    def questionnaires(self) -> QuestionnairesResource:
        """``client.questionnaires``: list, create, retrieve, update, delete."""
        from .resources import questionnaires

        return questionnaires.QuestionnairesResource(self._transport)

    @functools.cached_property
    def regulatory_reports(self) -> RegulatoryReportsResource:
        """``client.regulatory_reports``: list, create, retrieve, update, delete, validate,
        finalize, get_download_url.
        """
        from .resources import regulatory_reports

        return regulatory_reports.RegulatoryReportsResource(self._transport)

    @functools.cached_property
    def report_templates(self) -> ReportTemplatesResource:
        """``client.report_templates``: list, create, retrieve, update, delete."""
        from .resources import report_templates

        return report_templates.ReportTemplatesResource(self._transport)

    @functools.cached_property
    def risk(self) -> RiskResource:
        """``client.risk``: email, ip, phone."""
        from .resources import risk

        return risk.RiskResource(self._transport)

    @functools.cached_property
    def sessions(self) -> SessionsResource:
        """``client.sessions``: create, retrieve_decision, list, delete, batch_delete,
        retrieve_batch_delete_job, update_status, generate_pdf, share, import_shared,
        list_events, update_aml_hit_status, update_feature_status, update_data, update_poa_data,
        retrieve, arm_sandbox, bulk_update_aml_hit_status.
        """
        from .resources import sessions

        return sessions.SessionsResource(self._transport)

    @functools.cached_property
    def system(self) -> SystemResource:
        """``client.system``: healthcheck."""
        from .resources import system

        return system.SystemResource(self._transport)

    @functools.cached_property
    def transactions(self) -> TransactionsResource:
        """``client.transactions``: list, create, retrieve, create_sdk_token."""
        from .resources import transactions

        return transactions.TransactionsResource(self._transport)

    @functools.cached_property
    def travel_rule(self) -> TravelRuleResource:
        """``client.travel_rule``: sub-resources."""
        from .resources import travel_rule

        return travel_rule.TravelRuleResource(self._transport)

    @functools.cached_property
    def users(self) -> UsersResource:
        """``client.users``: list, retrieve, update, create, update_status, batch_delete,
        toggle_aml_monitoring, generate_pdf, upload_face, bulk_toggle_aml_monitoring,
        retrieve_aml_monitoring_job.
        """
        from .resources import users

        return users.UsersResource(self._transport)

    @functools.cached_property
    def wallet_screening(self) -> WalletScreeningResource:
        """``client.wallet_screening``: screen, generate_pdf."""
        from .resources import wallet_screening

        return wallet_screening.WalletScreeningResource(self._transport)

    @functools.cached_property
    def webhooks(self) -> WebhooksResource:
        """``client.webhooks``: get_config, update_config."""
        from .resources import webhooks

        return webhooks.WebhooksResource(self._transport)

    @functools.cached_property
    def workflows(self) -> WorkflowsResource:
        """``client.workflows``: list, create, retrieve, update, delete."""
        from .resources import workflows

        return workflows.WorkflowsResource(self._transport)


class SyncResources:
    """Every root resource of ``Didit``, the blocking twins of the async ones."""

    _runner: SyncRunner
    _async: AsyncResources

    @functools.cached_property
    def account(self) -> SyncAccountResource:
        """``client.account``: register, verify_email, login, resend_otp, list_organizations,
        get_credentials, list_applications, create_application (blocking).
        """
        from .resources import account

        return account.SyncAccountResource(self._runner, self._async.account)

    @functools.cached_property
    def age_estimation(self) -> SyncAgeEstimationResource:
        """``client.age_estimation``: estimate (blocking)."""
        from .resources import age_estimation

        return age_estimation.SyncAgeEstimationResource(self._runner, self._async.age_estimation)

    @functools.cached_property
    def aml(self) -> SyncAmlResource:
        """``client.aml``: screen, retrieve_monitoring_job (blocking)."""
        from .resources import aml

        return aml.SyncAmlResource(self._runner, self._async.aml)

    @functools.cached_property
    def billing(self) -> SyncBillingResource:
        """``client.billing``: get_balance, top_up (blocking)."""
        from .resources import billing

        return billing.SyncBillingResource(self._runner, self._async.billing)

    @functools.cached_property
    def biometric_templates(self) -> SyncBiometricTemplatesResource:
        """``client.biometric_templates``: list, count, retrieve, purge, bulk_purge (blocking)."""
        from .resources import biometric_templates

        return biometric_templates.SyncBiometricTemplatesResource(
            self._runner, self._async.biometric_templates
        )

    @functools.cached_property
    def blocklist(self) -> SyncBlocklistResource:
        """``client.blocklist``: add, remove, list (blocking)."""
        from .resources import blocklist

        return blocklist.SyncBlocklistResource(self._runner, self._async.blocklist)

    @functools.cached_property
    def businesses(self) -> SyncBusinessesResource:
        """``client.businesses``: list, create, retrieve, update, update_status, batch_delete,
        toggle_aml_monitoring, bulk_toggle_aml_monitoring, retrieve_aml_monitoring_job,
        bulk_toggle_session_aml_monitoring, retrieve_session_aml_monitoring_job (blocking).
        """
        from .resources import businesses

        return businesses.SyncBusinessesResource(self._runner, self._async.businesses)

    @functools.cached_property
    def cases(self) -> SyncCasesResource:
        """``client.cases``: list_aml_hits, list, create, retrieve, update, delete, assign,
        resolve, reopen, request_info, escalate, transfer, approve_resolution,
        reject_resolution, apply_entity_action, print, list_events, analytics,
        bulk_update_status, bulk_assign (blocking).
        """
        from .resources import cases

        return cases.SyncCasesResource(self._runner, self._async.cases)

    @functools.cached_property
    def customization(self) -> SyncCustomizationResource:
        """``client.customization``: retrieve, update (blocking)."""
        from .resources import customization

        return customization.SyncCustomizationResource(self._runner, self._async.customization)

    @functools.cached_property
    def database_validation(self) -> SyncDatabaseValidationResource:
        """``client.database_validation``: validate (blocking)."""
        from .resources import database_validation

        return database_validation.SyncDatabaseValidationResource(
            self._runner, self._async.database_validation
        )

    @functools.cached_property
    def document_ai(self) -> SyncDocumentAiResource:
        """``client.document_ai``: extract (blocking)."""
        from .resources import document_ai

        return document_ai.SyncDocumentAiResource(self._runner, self._async.document_ai)

    @functools.cached_property
    def email(self) -> SyncEmailResource:
        """``client.email``: send, check (blocking)."""
        from .resources import email

        return email.SyncEmailResource(self._runner, self._async.email)

    @functools.cached_property
    def events(self) -> SyncEventsResource:
        """``client.events``: ingest, ingest_batch (blocking)."""
        from .resources import events

        return events.SyncEventsResource(self._runner, self._async.events)

    @functools.cached_property
    def face_match(self) -> SyncFaceMatchResource:
        """``client.face_match``: compare (blocking)."""
        from .resources import face_match

        return face_match.SyncFaceMatchResource(self._runner, self._async.face_match)

    @functools.cached_property
    def face_search(self) -> SyncFaceSearchResource:
        """``client.face_search``: search (blocking)."""
        from .resources import face_search

        return face_search.SyncFaceSearchResource(self._runner, self._async.face_search)

    @functools.cached_property
    def id_verification(self) -> SyncIdVerificationResource:
        """``client.id_verification``: verify (blocking)."""
        from .resources import id_verification

        return id_verification.SyncIdVerificationResource(self._runner, self._async.id_verification)

    @functools.cached_property
    def kyb(self) -> SyncKybResource:
        """``client.kyb``: search, select, retrieve_shareholders, retrieve_ubo (blocking)."""
        from .resources import kyb

        return kyb.SyncKybResource(self._runner, self._async.kyb)

    @functools.cached_property
    def lists(self) -> SyncListsResource:
        """``client.lists``: list, create, retrieve, update, delete (blocking)."""
        from .resources import lists

        return lists.SyncListsResource(self._runner, self._async.lists)

    @functools.cached_property
    def networks(self) -> SyncNetworksResource:
        """``client.networks``: list, retrieve, graph, list_members, list_signals, timeline, map,
        list_for_session, list_for_business_session, list_for_user, list_for_business,
        list_for_transaction, list_for_transaction_party (blocking).
        """
        from .resources import networks

        return networks.SyncNetworksResource(self._runner, self._async.networks)

    @functools.cached_property
    def passive_liveness(self) -> SyncPassiveLivenessResource:
        """``client.passive_liveness``: check (blocking)."""
        from .resources import passive_liveness

        return passive_liveness.SyncPassiveLivenessResource(
            self._runner, self._async.passive_liveness
        )

    @functools.cached_property
    def phone(self) -> SyncPhoneResource:
        """``client.phone``: send, check (blocking)."""
        from .resources import phone

        return phone.SyncPhoneResource(self._runner, self._async.phone)

    @functools.cached_property
    def poa(self) -> SyncPoaResource:
        """``client.poa``: verify (blocking)."""
        from .resources import poa

        return poa.SyncPoaResource(self._runner, self._async.poa)

    @functools.cached_property
    def questionnaires(self) -> SyncQuestionnairesResource:
        """``client.questionnaires``: list, create, retrieve, update, delete (blocking)."""
        from .resources import questionnaires

        return questionnaires.SyncQuestionnairesResource(self._runner, self._async.questionnaires)

    @functools.cached_property
    def regulatory_reports(self) -> SyncRegulatoryReportsResource:
        """``client.regulatory_reports``: list, create, retrieve, update, delete, validate,
        finalize, get_download_url (blocking).
        """
        from .resources import regulatory_reports

        return regulatory_reports.SyncRegulatoryReportsResource(
            self._runner, self._async.regulatory_reports
        )

    @functools.cached_property
    def report_templates(self) -> SyncReportTemplatesResource:
        """``client.report_templates``: list, create, retrieve, update, delete (blocking)."""
        from .resources import report_templates

        return report_templates.SyncReportTemplatesResource(
            self._runner, self._async.report_templates
        )

    @functools.cached_property
    def risk(self) -> SyncRiskResource:
        """``client.risk``: email, ip, phone (blocking)."""
        from .resources import risk

        return risk.SyncRiskResource(self._runner, self._async.risk)

    @functools.cached_property
    def sessions(self) -> SyncSessionsResource:
        """``client.sessions``: create, retrieve_decision, list, delete, batch_delete,
        retrieve_batch_delete_job, update_status, generate_pdf, share, import_shared,
        list_events, update_aml_hit_status, update_feature_status, update_data, update_poa_data,
        retrieve, arm_sandbox, bulk_update_aml_hit_status (blocking).
        """
        from .resources import sessions

        return sessions.SyncSessionsResource(self._runner, self._async.sessions)

    @functools.cached_property
    def system(self) -> SyncSystemResource:
        """``client.system``: healthcheck (blocking)."""
        from .resources import system

        return system.SyncSystemResource(self._runner, self._async.system)

    @functools.cached_property
    def transactions(self) -> SyncTransactionsResource:
        """``client.transactions``: list, create, retrieve, create_sdk_token (blocking)."""
        from .resources import transactions

        return transactions.SyncTransactionsResource(self._runner, self._async.transactions)

    @functools.cached_property
    def travel_rule(self) -> SyncTravelRuleResource:
        """``client.travel_rule``: sub-resources (blocking)."""
        from .resources import travel_rule

        return travel_rule.SyncTravelRuleResource(self._runner, self._async.travel_rule)

    @functools.cached_property
    def users(self) -> SyncUsersResource:
        """``client.users``: list, retrieve, update, create, update_status, batch_delete,
        toggle_aml_monitoring, generate_pdf, upload_face, bulk_toggle_aml_monitoring,
        retrieve_aml_monitoring_job (blocking).
        """
        from .resources import users

        return users.SyncUsersResource(self._runner, self._async.users)

    @functools.cached_property
    def wallet_screening(self) -> SyncWalletScreeningResource:
        """``client.wallet_screening``: screen, generate_pdf (blocking)."""
        from .resources import wallet_screening

        return wallet_screening.SyncWalletScreeningResource(
            self._runner, self._async.wallet_screening
        )

    @functools.cached_property
    def webhooks(self) -> SyncWebhooksResource:
        """``client.webhooks``: get_config, update_config (blocking)."""
        from .resources import webhooks

        return webhooks.SyncWebhooksResource(self._runner, self._async.webhooks)

    @functools.cached_property
    def workflows(self) -> SyncWorkflowsResource:
        """``client.workflows``: list, create, retrieve, update, delete (blocking)."""
        from .resources import workflows

        return workflows.SyncWorkflowsResource(self._runner, self._async.workflows)
