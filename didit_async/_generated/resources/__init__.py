# Generated from openapi/didit.yaml by codegen. Do not edit.
"""One module per resource of the client (a sub-resource such as
``client.sessions.reviews`` in a module of its own), each holding its async class, its
blocking twin and the metadata of its operations. Nothing is imported here: a program
loads the resources it uses.

- ``system``: ``client.system``
- ``account``: ``client.account``
- ``sessions``: ``client.sessions``
- ``sessions_reviews``: ``client.sessions.reviews``
- ``blocklist``: ``client.blocklist``
- ``workflows``: ``client.workflows``
- ``questionnaires``: ``client.questionnaires``
- ``users``: ``client.users``
- ``billing``: ``client.billing``
- ``webhooks``: ``client.webhooks``
- ``webhooks_destinations``: ``client.webhooks.destinations``
- ``id_verification``: ``client.id_verification``
- ``passive_liveness``: ``client.passive_liveness``
- ``face_match``: ``client.face_match``
- ``face_search``: ``client.face_search``
- ``age_estimation``: ``client.age_estimation``
- ``email``: ``client.email``
- ``phone``: ``client.phone``
- ``poa``: ``client.poa``
- ``database_validation``: ``client.database_validation``
- ``aml``: ``client.aml``
- ``sessions_imports``: ``client.sessions.imports``
- ``businesses``: ``client.businesses``
- ``kyb``: ``client.kyb``
- ``transactions``: ``client.transactions``
- ``wallet_screening``: ``client.wallet_screening``
- ``events``: ``client.events``
- ``lists``: ``client.lists``
- ``lists_entries``: ``client.lists.entries``
- ``customization``: ``client.customization``
- ``cases``: ``client.cases``
- ``cases_notes``: ``client.cases.notes``
- ``cases_links``: ``client.cases.links``
- ``cases_checklist``: ``client.cases.checklist``
- ``cases_blueprints``: ``client.cases.blueprints``
- ``report_templates``: ``client.report_templates``
- ``cases_regulatory_reports``: ``client.cases.regulatory_reports``
- ``regulatory_reports``: ``client.regulatory_reports``
- ``networks``: ``client.networks``
- ``risk``: ``client.risk``
- ``document_ai``: ``client.document_ai``
- ``transactions_rules``: ``client.transactions.rules``
- ``device``: ``client.device``
- ``device_transactions``: ``client.device.transactions``
- ``travel_rule``: ``client.travel_rule``
- ``travel_rule_settings``: ``client.travel_rule.settings``
- ``travel_rule_wallet_addresses``: ``client.travel_rule.wallet_addresses``
- ``travel_rule_vasps``: ``client.travel_rule.vasps``
- ``travel_rule_transfers``: ``client.travel_rule.transfers``
- ``travel_rule_pickups``: ``client.travel_rule.pickups``
- ``travel_rule_inbound``: ``client.travel_rule.inbound``
- ``travel_rule_widget_sessions``: ``client.travel_rule.widget_sessions``
- ``biometric_templates``: ``client.biometric_templates``
- ``sessions_kyb``: ``client.sessions.kyb``
"""
