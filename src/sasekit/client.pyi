# Generated from the compiled catalog by sasekit.catalog.stubs (`sasekit catalog build`,
# or `python -m sasekit.catalog.stubs`): do not edit by hand.
"""Types of :mod:`sasekit.client`, with one method per catalog operation for the attribute sugar."""

import builtins
import logging
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from . import transport as t
from .auth import TokenManager
from .catalog import Catalog, Operation
from .settings import Settings

class _AddressOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/addresses"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        ip_netmask: str | None = ...,
        ip_range: str | None = ...,
        ip_wildcard: str | None = ...,
        fqdn: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/addresses"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/addresses/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        ip_netmask: str | None = ...,
        ip_range: str | None = ...,
        ip_wildcard: str | None = ...,
        fqdn: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/addresses/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/addresses/{id}"""

class _AddressGroupOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/address-groups"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        static: builtins.list[str] | None = ...,
        dynamic: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/address-groups"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/address-groups/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        static: builtins.list[str] | None = ...,
        dynamic: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/address-groups/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/address-groups/{id}"""

class _AntiSpywareProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/anti-spyware-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        cloud_inline_analysis: bool | None = ...,
        description: str | None = ...,
        inline_exception_edl_url: builtins.list[str] | None = ...,
        inline_exception_ip_address: builtins.list[str] | None = ...,
        mica_engine_spyware_enabled: builtins.list[dict[str, Any]] | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/anti-spyware-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/anti-spyware-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        cloud_inline_analysis: bool | None = ...,
        description: str | None = ...,
        inline_exception_edl_url: builtins.list[str] | None = ...,
        inline_exception_ip_address: builtins.list[str] | None = ...,
        mica_engine_spyware_enabled: builtins.list[dict[str, Any]] | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/anti-spyware-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/anti-spyware-profiles/{id}"""

class _AntiSpywareSignatureOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/anti-spyware-signatures"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        threat_id: int,
        threatname: str,
        bugtraq: builtins.list[str] | None = ...,
        comment: str | None = ...,
        cve: builtins.list[str] | None = ...,
        default_action: dict[str, Any] | None = ...,
        direction: Literal['client2server', 'server2client', 'both'] | None = ...,
        reference: builtins.list[str] | None = ...,
        severity: Literal['critical', 'low', 'high', 'medium', 'informational'] | None = ...,
        signature: dict[str, Any] | None = ...,
        vendor: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/anti-spyware-signatures"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        threat_id: int,
        threatname: str,
        bugtraq: builtins.list[str] | None = ...,
        comment: str | None = ...,
        cve: builtins.list[str] | None = ...,
        default_action: dict[str, Any] | None = ...,
        direction: Literal['client2server', 'server2client', 'both'] | None = ...,
        reference: builtins.list[str] | None = ...,
        severity: Literal['critical', 'low', 'high', 'medium', 'informational'] | None = ...,
        signature: dict[str, Any] | None = ...,
        vendor: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/anti-spyware-signatures/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/anti-spyware-signatures/{id}"""

class _ApplicationOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/applications"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        category: str,
        name: str,
        risk: int,
        subcategory: str,
        technology: str,
        able_to_transfer_file: bool | None = ...,
        alg_disable_capability: str | None = ...,
        consume_big_bandwidth: bool | None = ...,
        data_ident: bool | None = ...,
        default: dict[str, Any] | None = ...,
        description: str | None = ...,
        evasive_behavior: bool | None = ...,
        file_type_ident: bool | None = ...,
        has_known_vulnerability: bool | None = ...,
        no_appid_caching: bool | None = ...,
        parent_app: str | None = ...,
        pervasive_use: bool | None = ...,
        prone_to_misuse: bool | None = ...,
        signature: builtins.list[dict[str, Any]] | None = ...,
        tcp_half_closed_timeout: int | None = ...,
        tcp_time_wait_timeout: int | None = ...,
        tcp_timeout: int | None = ...,
        timeout: int | None = ...,
        tunnel_applications: bool | None = ...,
        tunnel_other_application: bool | None = ...,
        udp_timeout: int | None = ...,
        used_by_malware: bool | None = ...,
        virus_ident: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/applications"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/applications/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        category: str,
        name: str,
        risk: int,
        subcategory: str,
        technology: str,
        able_to_transfer_file: bool | None = ...,
        alg_disable_capability: str | None = ...,
        consume_big_bandwidth: bool | None = ...,
        data_ident: bool | None = ...,
        default: dict[str, Any] | None = ...,
        description: str | None = ...,
        evasive_behavior: bool | None = ...,
        file_type_ident: bool | None = ...,
        has_known_vulnerability: bool | None = ...,
        no_appid_caching: bool | None = ...,
        parent_app: str | None = ...,
        pervasive_use: bool | None = ...,
        prone_to_misuse: bool | None = ...,
        signature: builtins.list[dict[str, Any]] | None = ...,
        tcp_half_closed_timeout: int | None = ...,
        tcp_time_wait_timeout: int | None = ...,
        tcp_timeout: int | None = ...,
        timeout: int | None = ...,
        tunnel_applications: bool | None = ...,
        tunnel_other_application: bool | None = ...,
        udp_timeout: int | None = ...,
        used_by_malware: bool | None = ...,
        virus_ident: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/applications/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/applications/{id}"""

class _ApplicationFilterOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/application-filters"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        category: builtins.list[str] | None = ...,
        evasive: bool | None = ...,
        excessive_bandwidth_use: bool | None = ...,
        exclude: builtins.list[str] | None = ...,
        has_known_vulnerabilities: bool | None = ...,
        is_saas: bool | None = ...,
        new_appid: bool | None = ...,
        pervasive: bool | None = ...,
        prone_to_misuse: bool | None = ...,
        risk: builtins.list[int] | None = ...,
        saas_certifications: builtins.list[str] | None = ...,
        saas_risk: builtins.list[str] | None = ...,
        subcategory: builtins.list[str] | None = ...,
        tagging: dict[str, Any] | None = ...,
        technology: builtins.list[str] | None = ...,
        transfers_files: bool | None = ...,
        tunnels_other_apps: bool | None = ...,
        used_by_malware: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/application-filters"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/application-filters/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        category: builtins.list[str] | None = ...,
        evasive: bool | None = ...,
        excessive_bandwidth_use: bool | None = ...,
        exclude: builtins.list[str] | None = ...,
        has_known_vulnerabilities: bool | None = ...,
        is_saas: bool | None = ...,
        new_appid: bool | None = ...,
        pervasive: bool | None = ...,
        prone_to_misuse: bool | None = ...,
        risk: builtins.list[int] | None = ...,
        saas_certifications: builtins.list[str] | None = ...,
        saas_risk: builtins.list[str] | None = ...,
        subcategory: builtins.list[str] | None = ...,
        tagging: dict[str, Any] | None = ...,
        technology: builtins.list[str] | None = ...,
        transfers_files: bool | None = ...,
        tunnels_other_apps: bool | None = ...,
        used_by_malware: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/application-filters/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/application-filters/{id}"""

class _ApplicationGroupOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/application-groups"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        members: builtins.list[str],
        name: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/application-groups"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/application-groups/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        entry: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/application-groups/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/application-groups/{id}"""

class _ApplicationOverrideRuleOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/app-override-rules"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        application: str,
        destination: builtins.list[str],
        name: str,
        port: int,
        protocol: Literal['tcp', 'udp'],
        source: builtins.list[str],
        to: builtins.list[str],
        description: str | None = ...,
        disabled: bool | None = ...,
        group_tag: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/app-override-rules"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/app-override-rules/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        application: str,
        destination: builtins.list[str],
        name: str,
        port: int,
        protocol: Literal['tcp', 'udp'],
        source: builtins.list[str],
        to: builtins.list[str],
        description: str | None = ...,
        disabled: bool | None = ...,
        group_tag: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/app-override-rules/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/app-override-rules/{id}"""
    def move(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        destination: Literal['top', 'bottom', 'before', 'after'],
        rulebase: Literal['pre', 'post'],
        folder: str | None = ...,
        destination_rule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/app-override-rules/{id}:move"""

class _AuthenticationPortalOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-portals"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        authentication_profile: str | None = ...,
        certificate_profile: str | None = ...,
        gp_udp_port: int | None = ...,
        idle_timer: int | None = ...,
        redirect_host: str | None = ...,
        timer: int | None = ...,
        tls_service_profile: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/authentication-portals"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        authentication_profile: str | None = ...,
        certificate_profile: str | None = ...,
        gp_udp_port: int | None = ...,
        idle_timer: int | None = ...,
        redirect_host: str | None = ...,
        timer: int | None = ...,
        tls_service_profile: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/authentication-portals/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-portals/{id}"""

class _AuthenticationProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        allow_list: builtins.list[str] | None = ...,
        lockout: dict[str, Any] | None = ...,
        method: dict[str, Any] | None = ...,
        multi_factor_auth: dict[str, Any] | None = ...,
        single_sign_on: dict[str, Any] | None = ...,
        user_domain: str | None = ...,
        username_modifier: Literal['%USERINPUT%', '%USERINPUT%@%USERDOMAIN%', '%USERDOMAIN%\\\\%USERINPUT%'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/authentication-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/authentication-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        allow_list: builtins.list[str] | None = ...,
        lockout: dict[str, Any] | None = ...,
        method: dict[str, Any] | None = ...,
        multi_factor_auth: dict[str, Any] | None = ...,
        single_sign_on: dict[str, Any] | None = ...,
        user_domain: str | None = ...,
        username_modifier: Literal['%USERINPUT%', '%USERINPUT%@%USERDOMAIN%', '%USERDOMAIN%\\\\%USERINPUT%'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/authentication-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-profiles/{id}"""

class _AuthenticationRuleOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-rules"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        authentication_enforcement: str | None = ...,
        category: builtins.list[str] | None = ...,
        description: str | None = ...,
        destination: builtins.list[str] | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        group_tag: str | None = ...,
        hip_profiles: builtins.list[str] | None = ...,
        log_authentication_timeout: bool | None = ...,
        log_setting: str | None = ...,
        name: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        service: builtins.list[str] | None = ...,
        source: builtins.list[str] | None = ...,
        source_hip: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        timeout: int | None = ...,
        to: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/authentication-rules"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        authentication_enforcement: str | None = ...,
        category: builtins.list[str] | None = ...,
        description: str | None = ...,
        destination: builtins.list[str] | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        group_tag: str | None = ...,
        hip_profiles: builtins.list[str] | None = ...,
        log_authentication_timeout: bool | None = ...,
        log_setting: str | None = ...,
        name: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        service: builtins.list[str] | None = ...,
        source: builtins.list[str] | None = ...,
        source_hip: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        timeout: int | None = ...,
        to: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/authentication-rules/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-rules/{id}"""
    def move(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        destination: Literal['top', 'bottom', 'before', 'after'],
        rulebase: Literal['pre', 'post'],
        folder: str | None = ...,
        destination_rule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/authentication-rules/{id}:move"""

class _AuthenticationSequenceOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-sequences"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        authentication_profiles: builtins.list[str] | None = ...,
        use_domain_find_profile: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/authentication-sequences"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/authentication-sequences/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        authentication_profiles: builtins.list[str] | None = ...,
        use_domain_find_profile: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/authentication-sequences/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-sequences/{id}"""

class _AutoTagActionOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/auto-tag-actions"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        filter: str,
        name: str,
        actions: builtins.list[dict[str, Any]] | None = ...,
        description: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/auto-tag-actions"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        filter: str,
        name: str,
        actions: builtins.list[dict[str, Any]] | None = ...,
        description: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/auto-tag-actions"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
    ) -> Any:
        """DELETE /sse/config/v1/auto-tag-actions"""

class _BandwidthAllocationOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/bandwidth-allocations"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        allocated_bandwidth: float,
        name: str,
        qos: dict[str, Any] | None = ...,
        spn_name_list: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/bandwidth-allocations"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        allocated_bandwidth: float,
        name: str,
        qos: dict[str, Any] | None = ...,
        spn_name_list: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/bandwidth-allocations"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        spn_name_list: str,
    ) -> Any:
        """DELETE /sse/config/v1/bandwidth-allocations"""

class _CertificateOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/certificates"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        algorithm: dict[str, Any],
        certificate_name: str,
        common_name: str,
        digest: Literal['sha1', 'sha256', 'sha384', 'sha512', 'md5'],
        alternate_email: builtins.list[str] | None = ...,
        country_code: str | None = ...,
        day_till_expiration: float | None = ...,
        department: builtins.list[str] | None = ...,
        email: str | None = ...,
        hostname: builtins.list[str] | None = ...,
        ip: builtins.list[str] | None = ...,
        is_block_privateKey: bool | None = ...,
        is_certificate_authority: bool | None = ...,
        locality: str | None = ...,
        ocsp_responder_url: str | None = ...,
        signed_by: str | None = ...,
        state: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/certificates"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/certificates/{id}"""
    # import: not a method name here; client.call('certificate', 'import', ...)

class _CertificateProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/certificate-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        ca_certificates: builtins.list[dict[str, Any]],
        name: str,
        block_expired_cert: bool | None = ...,
        block_timeout_cert: bool | None = ...,
        block_unauthenticated_cert: bool | None = ...,
        block_unknown_cert: bool | None = ...,
        cert_status_timeout: str | None = ...,
        crl_receive_timeout: str | None = ...,
        domain: str | None = ...,
        ocsp_receive_timeout: str | None = ...,
        use_crl: bool | None = ...,
        use_ocsp: bool | None = ...,
        username_field: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/certificate-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/certificate-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        ca_certificates: builtins.list[dict[str, Any]],
        name: str,
        block_expired_cert: bool | None = ...,
        block_timeout_cert: bool | None = ...,
        block_unauthenticated_cert: bool | None = ...,
        block_unknown_cert: bool | None = ...,
        cert_status_timeout: str | None = ...,
        crl_receive_timeout: str | None = ...,
        domain: str | None = ...,
        ocsp_receive_timeout: str | None = ...,
        use_crl: bool | None = ...,
        use_ocsp: bool | None = ...,
        username_field: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/certificate-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/certificate-profiles/{id}"""

class _ConfigVersionOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/config-versions"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        version: str,
    ) -> Any:
        """GET /sse/config/v1/config-versions/{version}"""
    def getRunning(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/config-versions/running"""
    def listSnapshots(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/snapshots"""
    def load(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        version: float | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/config-versions:load"""
    def push(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folders: builtins.list[str],
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/config-versions/candidate:push"""
    def rollbackCandidate(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """DELETE /sse/config/v1/config-versions/candidate"""

class _DecryptionExclusionOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/decryption-exclusions"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/decryption-exclusions"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/decryption-exclusions/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/decryption-exclusions/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/decryption-exclusions/{id}"""

class _DecryptionProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/decryption-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        ssl_forward_proxy: dict[str, Any] | None = ...,
        ssl_inbound_proxy: dict[str, Any] | None = ...,
        ssl_no_proxy: dict[str, Any] | None = ...,
        ssl_protocol_settings: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/decryption-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/decryption-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        ssl_forward_proxy: dict[str, Any] | None = ...,
        ssl_inbound_proxy: dict[str, Any] | None = ...,
        ssl_no_proxy: dict[str, Any] | None = ...,
        ssl_protocol_settings: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/decryption-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/decryption-profiles/{id}"""

class _DecryptionRuleOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/decryption-rules"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        action: Literal['decrypt', 'no-decrypt'],
        category: builtins.list[str],
        destination: builtins.list[str],
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        source_user: builtins.list[str],
        to: builtins.list[str],
        description: str | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        log_fail: bool | None = ...,
        log_setting: str | None = ...,
        log_success: bool | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        profile: str | None = ...,
        source_hip: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/decryption-rules"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/decryption-rules/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        action: Literal['decrypt', 'no-decrypt'],
        category: builtins.list[str],
        destination: builtins.list[str],
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        source_user: builtins.list[str],
        to: builtins.list[str],
        description: str | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        log_fail: bool | None = ...,
        log_setting: str | None = ...,
        log_success: bool | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        profile: str | None = ...,
        source_hip: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/decryption-rules/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/decryption-rules/{id}"""
    def move(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        destination: Literal['top', 'bottom', 'before', 'after'],
        rulebase: Literal['pre', 'post'],
        folder: str | None = ...,
        destination_rule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/decryption-rules/{id}:move"""

class _DnsSecurityProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/dns-security-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        botnet_domains: dict[str, Any] | None = ...,
        description: str | None = ...,
        name: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/dns-security-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/dns-security-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        botnet_domains: dict[str, Any] | None = ...,
        description: str | None = ...,
        name: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/dns-security-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/dns-security-profiles/{id}"""

class _DynamicUserGroupOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/dynamic-user-groups"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        filter: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/dynamic-user-groups"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/dynamic-user-groups/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        filter: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/dynamic-user-groups/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/dynamic-user-groups/{id}"""

class _ExternalDynamicListOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/external-dynamic-lists"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/external-dynamic-lists"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/external-dynamic-lists/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/external-dynamic-lists/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/external-dynamic-lists/{id}"""

class _FileBlockingProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/file-blocking-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/file-blocking-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/file-blocking-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/file-blocking-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/file-blocking-profiles/{id}"""

class _FolderOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /config/setup/v1/folders"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        parent: str,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        snippets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/folders"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/folders/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        parent: str,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        snippets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/folders/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /config/setup/v1/folders/{id}"""

class _HipObjectOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/hip-objects"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        anti_malware: dict[str, Any] | None = ...,
        certificate: dict[str, Any] | None = ...,
        custom_checks: dict[str, Any] | None = ...,
        data_loss_prevention: dict[str, Any] | None = ...,
        description: str | None = ...,
        disk_backup: dict[str, Any] | None = ...,
        disk_encryption: dict[str, Any] | None = ...,
        firewall: dict[str, Any] | None = ...,
        host_info: dict[str, Any] | None = ...,
        mobile_device: dict[str, Any] | None = ...,
        network_info: dict[str, Any] | None = ...,
        patch_management: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/hip-objects"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/hip-objects/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        anti_malware: dict[str, Any] | None = ...,
        certificate: dict[str, Any] | None = ...,
        custom_checks: dict[str, Any] | None = ...,
        data_loss_prevention: dict[str, Any] | None = ...,
        description: str | None = ...,
        disk_backup: dict[str, Any] | None = ...,
        disk_encryption: dict[str, Any] | None = ...,
        firewall: dict[str, Any] | None = ...,
        host_info: dict[str, Any] | None = ...,
        mobile_device: dict[str, Any] | None = ...,
        network_info: dict[str, Any] | None = ...,
        patch_management: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/hip-objects/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/hip-objects/{id}"""

class _HipProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/hip-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        match: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/hip-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/hip-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        match: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/hip-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/hip-profiles/{id}"""

class _HttpHeaderProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/http-header-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        http_header_insertion: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/http-header-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/http-header-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        http_header_insertion: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/http-header-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/http-header-profiles/{id}"""

class _IkeCryptoProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-crypto-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        dh_group: builtins.list[Literal['group1', 'group2', 'group5', 'group14', 'group19', 'group20']],
        encryption: builtins.list[Literal['des', '3des', 'aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-gcm', 'aes-256-gcm']],
        hash: builtins.list[Literal['md5', 'sha1', 'sha256', 'sha384', 'sha512']],
        name: str,
        authentication_multiple: int | None = ...,
        lifetime: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/ike-crypto-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-crypto-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        dh_group: builtins.list[Literal['group1', 'group2', 'group5', 'group14', 'group19', 'group20']],
        encryption: builtins.list[Literal['des', '3des', 'aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-gcm', 'aes-256-gcm']],
        hash: builtins.list[Literal['md5', 'sha1', 'sha256', 'sha384', 'sha512']],
        name: str,
        authentication_multiple: int | None = ...,
        lifetime: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/ike-crypto-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ike-crypto-profiles/{id}"""

class _IkeGatewayOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-gateways"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        authentication: dict[str, Any],
        name: str,
        peer_address: dict[str, Any],
        protocol: dict[str, Any],
        local_id: dict[str, Any] | None = ...,
        peer_id: dict[str, Any] | None = ...,
        protocol_common: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/ike-gateways"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-gateways/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        authentication: dict[str, Any],
        name: str,
        peer_address: dict[str, Any],
        protocol: dict[str, Any],
        local_id: dict[str, Any] | None = ...,
        peer_id: dict[str, Any] | None = ...,
        protocol_common: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/ike-gateways/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ike-gateways/{id}"""

class _InfrastructureSettingOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/shared-infrastructure-settings"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        egress_ip_notification_url: str | None = ...,
        infra_bgp_as: str | None = ...,
        infrastructure_subnet: str | None = ...,
        infrastructure_subnet_ipv6: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/shared-infrastructure-settings"""
    def enable(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """POST /sse/config/v1/enable"""

class _InternalDnsServerOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/internal-dns-servers"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        domain_name: builtins.list[str],
        name: str,
        primary: str,
        secondary: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/internal-dns-servers"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/internal-dns-servers/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        domain_name: builtins.list[str],
        name: str,
        primary: str,
        secondary: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/internal-dns-servers/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/internal-dns-servers/{id}"""

class _IpsecCryptoProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-crypto-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        lifetime: dict[str, Any],
        name: str,
        dh_group: Literal['no-pfs', 'group1', 'group2', 'group5', 'group14', 'group19', 'group20'] | None = ...,
        lifesize: dict[str, Any] | None = ...,
        esp: dict[str, Any] | None = ...,
        ah: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/ipsec-crypto-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-crypto-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        lifetime: dict[str, Any],
        name: str,
        dh_group: Literal['no-pfs', 'group1', 'group2', 'group5', 'group14', 'group19', 'group20'] | None = ...,
        lifesize: dict[str, Any] | None = ...,
        esp: dict[str, Any] | None = ...,
        ah: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/ipsec-crypto-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ipsec-crypto-profiles/{id}"""

class _IpsecTunnelOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-tunnels"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        auto_key: dict[str, Any],
        name: str,
        anti_replay: bool | None = ...,
        copy_tos: bool | None = ...,
        enable_gre_encapsulation: bool | None = ...,
        tunnel_monitor: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/ipsec-tunnels"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-tunnels/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        auto_key: dict[str, Any],
        name: str,
        anti_replay: bool | None = ...,
        copy_tos: bool | None = ...,
        enable_gre_encapsulation: bool | None = ...,
        tunnel_monitor: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/ipsec-tunnels/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ipsec-tunnels/{id}"""

class _JobOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/jobs"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/jobs/{id}"""

class _KerberosServerProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        snippet: str,
        device: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/kerberos-server-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        snippet: str,
        device: str,
        server: builtins.list[dict[str, Any]],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/kerberos-server-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/kerberos-server-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        server: builtins.list[dict[str, Any]],
        folder: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/kerberos-server-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/kerberos-server-profiles/{id}"""

class _LdapServerProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ldap-server-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        server: builtins.list[dict[str, Any]],
        base: str | None = ...,
        bind_dn: str | None = ...,
        bind_password: str | None = ...,
        bind_timelimit: str | None = ...,
        ldap_type: Literal['active-directory', 'e-directory', 'sun', 'other'] | None = ...,
        retry_interval: int | None = ...,
        ssl: bool | None = ...,
        timelimit: int | None = ...,
        verify_server_certificate: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/ldap-server-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/ldap-server-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        server: builtins.list[dict[str, Any]],
        base: str | None = ...,
        bind_dn: str | None = ...,
        bind_password: str | None = ...,
        bind_timelimit: str | None = ...,
        ldap_type: Literal['active-directory', 'e-directory', 'sun', 'other'] | None = ...,
        retry_interval: int | None = ...,
        ssl: bool | None = ...,
        timelimit: int | None = ...,
        verify_server_certificate: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/ldap-server-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ldap-server-profiles/{id}"""

class _LicenseTypeOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/license-types"""

class _LocalUserOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/local-users"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        password: str,
        disabled: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/local-users"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/local-users/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        password: str,
        disabled: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/local-users/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/local-users/{id}"""

class _LocalUserGroupOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/local-user-groups"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/local-user-groups"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/local-user-groups/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/local-user-groups/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/local-user-groups/{id}"""

class _LocationOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/locations"""

class _MfaServerOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mfa-servers"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        mfa_cert_profile: str,
        name: str,
        position: Literal['pre', 'post'] | None = ...,
        mfa_vendor_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mfa-servers"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/mfa-servers/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        mfa_cert_profile: str,
        name: str,
        mfa_vendor_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mfa-servers/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/mfa-servers/{id}"""

class _MobileAgentAgentProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/agent-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        agent_ui: dict[str, Any] | None = ...,
        authentication_override: dict[str, Any] | None = ...,
        certificate: dict[str, Any] | None = ...,
        client_certificate: dict[str, Any] | None = ...,
        custom_checks: dict[str, Any] | None = ...,
        gateways: dict[str, Any] | None = ...,
        gp_app_config: dict[str, Any] | None = ...,
        hip_collection: dict[str, Any] | None = ...,
        internal_host_detection: dict[str, Any] | None = ...,
        internal_host_detection_v6: dict[str, Any] | None = ...,
        machine_account_exists_with_serialno: dict[str, Any] | None = ...,
        os: builtins.list[Literal['Android', 'Chrome', 'IoT', 'Linux', 'Mac', 'Windows', 'WindowsUWP', 'iOS']] | None = ...,
        save_user_credentials: Literal['0', '1', '2', '3'] | None = ...,
        source_user: builtins.list[str] | None = ...,
        third_party_vpn_clients: builtins.list[Literal['PAN Virtual Ethernet Adapter', 'Juniper Network Virtual Adapter', 'Cisco Systems VPN Adapter']] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/agent-profiles"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        folder: str,
        agent_ui: dict[str, Any] | None = ...,
        authentication_override: dict[str, Any] | None = ...,
        certificate: dict[str, Any] | None = ...,
        client_certificate: dict[str, Any] | None = ...,
        custom_checks: dict[str, Any] | None = ...,
        gateways: dict[str, Any] | None = ...,
        gp_app_config: dict[str, Any] | None = ...,
        hip_collection: dict[str, Any] | None = ...,
        internal_host_detection: dict[str, Any] | None = ...,
        internal_host_detection_v6: dict[str, Any] | None = ...,
        machine_account_exists_with_serialno: dict[str, Any] | None = ...,
        os: builtins.list[Literal['Android', 'Chrome', 'IoT', 'Linux', 'Mac', 'Windows', 'WindowsUWP', 'iOS']] | None = ...,
        save_user_credentials: Literal['0', '1', '2', '3'] | None = ...,
        source_user: builtins.list[str] | None = ...,
        third_party_vpn_clients: builtins.list[Literal['PAN Virtual Ethernet Adapter', 'Juniper Network Virtual Adapter', 'Cisco Systems VPN Adapter']] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/agent-profiles"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/agent-profiles"""

class _MobileAgentAgentVersionOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/agent-versions"""

class _MobileAgentAuthenticationSettingOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/authentication-settings"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        authentication_profile: str,
        os: Literal['Any', 'Android', 'Browser', 'Chrome', 'IoT', 'Linux', 'Mac', 'Satellite', 'Windows', 'WindowsUWP', 'iOS'],
        user_credential_or_client_cert_required: bool,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/authentication-settings"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        folder: str,
        authentication_profile: str,
        os: Literal['Any', 'Android', 'Browser', 'Chrome', 'IoT', 'Linux', 'Mac', 'Satellite', 'Windows', 'WindowsUWP', 'iOS'],
        user_credential_or_client_cert_required: bool,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/authentication-settings"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/authentication-settings"""

class _MobileAgentEnableOps:
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/enable"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/enable"""

class _MobileAgentGlobalSettingOps:
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/global-settings"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        agent_version: str | None = ...,
        manual_gateway: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/global-settings"""

class _MobileAgentInfrastructureSettingOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/infrastructure-settings"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        dns_servers: builtins.list[dict[str, Any]],
        ip_pools: builtins.list[dict[str, Any]],
        name: str,
        portal_hostname: dict[str, Any],
        enable_wins: dict[str, Any] | None = ...,
        ipv6: bool | None = ...,
        udp_queries: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/infrastructure-settings"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        dns_servers: builtins.list[dict[str, Any]],
        ip_pools: builtins.list[dict[str, Any]],
        name: str,
        portal_hostname: dict[str, Any],
        enable_wins: dict[str, Any] | None = ...,
        ipv6: bool | None = ...,
        udp_queries: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/infrastructure-settings"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/infrastructure-settings"""

class _MobileAgentLocationOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/locations"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        region: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/locations"""

class _MobileAgentTunnelProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/tunnel-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        authentication_override: dict[str, Any] | None = ...,
        no_direct_access_to_local_network: bool | None = ...,
        os: builtins.list[Literal['Android', 'Chrome', 'IoT', 'Linux', 'Mac', 'Windows', 'WindowsUWP', 'iOS']] | None = ...,
        retrieve_framed_ip_address: bool | None = ...,
        source_address: dict[str, Any] | None = ...,
        source_user: builtins.list[str] | None = ...,
        split_tunneling: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/tunnel-profiles"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        folder: str,
        authentication_override: dict[str, Any] | None = ...,
        no_direct_access_to_local_network: bool | None = ...,
        os: builtins.list[Literal['Android', 'Chrome', 'IoT', 'Linux', 'Mac', 'Windows', 'WindowsUWP', 'iOS']] | None = ...,
        retrieve_framed_ip_address: bool | None = ...,
        source_address: dict[str, Any] | None = ...,
        source_user: builtins.list[str] | None = ...,
        split_tunneling: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/tunnel-profiles"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/tunnel-profiles"""

class _MobileAgentUserAuthenticationOps:
    def move(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        destination: str | None = ...,
        where: Literal['before', 'after', 'top', 'bottom'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/user-authentication:move"""

class _OcspResponderOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ocsp-responder"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        host_name: str,
        name: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/ocsp-responder"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/ocsp-responder/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        host_name: str,
        name: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/ocsp-responder/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ocsp-responder/{id}"""

class _ProfileGroupOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/profile-groups"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        dns_security: builtins.list[str] | None = ...,
        file_blocking: builtins.list[str] | None = ...,
        saas_security: builtins.list[str] | None = ...,
        spyware: builtins.list[str] | None = ...,
        url_filtering: builtins.list[str] | None = ...,
        virus_and_wildfire_analysis: builtins.list[str] | None = ...,
        vulnerability: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/profile-groups"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/profile-groups/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        dns_security: builtins.list[str] | None = ...,
        file_blocking: builtins.list[str] | None = ...,
        saas_security: builtins.list[str] | None = ...,
        spyware: builtins.list[str] | None = ...,
        url_filtering: builtins.list[str] | None = ...,
        virus_and_wildfire_analysis: builtins.list[str] | None = ...,
        vulnerability: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/profile-groups/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/profile-groups/{id}"""

class _QosPolicyRuleOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        position: Literal['pre', 'post'],
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-policy-rules"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        position: Literal['pre', 'post'],
        action: dict[str, Any],
        name: str,
        description: str | None = ...,
        dscp_tos: dict[str, Any] | None = ...,
        schedule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/qos-policy-rules"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-policy-rules/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        action: dict[str, Any],
        name: str,
        description: str | None = ...,
        dscp_tos: dict[str, Any] | None = ...,
        schedule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/qos-policy-rules/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/qos-policy-rules/{id}"""
    def move(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        destination: Literal['top', 'bottom', 'before', 'after'],
        rulebase: Literal['pre', 'post'],
        folder: str | None = ...,
        destination_rule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/qos-policy-rules/{id}:move"""

class _QosProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        aggregate_bandwidth: dict[str, Any] | None = ...,
        class_bandwidth_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/qos-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        aggregate_bandwidth: dict[str, Any] | None = ...,
        class_bandwidth_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/qos-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/qos-profiles/{id}"""

class _QuarantinedDeviceOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        host_id: str | None = ...,
        serial_number: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/quarantined-devices"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        host_id: str,
        ip: str | None = ...,
        ipv6: str | None = ...,
        serial_number: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/quarantined-devices"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        host_id: str,
    ) -> Any:
        """DELETE /sse/config/v1/quarantined-devices"""

class _RadiusServerProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        snippet: str,
        device: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/radius-server-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        snippet: str,
        device: str,
        server: builtins.list[dict[str, Any]],
        protocol: dict[str, Any] | None = ...,
        retries: int | None = ...,
        timeout: int | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/radius-server-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/radius-server-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        server: builtins.list[dict[str, Any]],
        protocol: dict[str, Any] | None = ...,
        retries: int | None = ...,
        timeout: int | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/radius-server-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/radius-server-profiles/{id}"""

class _RegionOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/regions"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        address: builtins.list[str] | None = ...,
        geo_location: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/regions"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/regions/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        address: builtins.list[str] | None = ...,
        geo_location: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/regions/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/regions/{id}"""

class _RemoteNetworkOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/remote-networks"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        license_type: str,
        name: str,
        region: str,
        ecmp_load_balancing: Literal['enable', 'disable'] | None = ...,
        ecmp_tunnels: builtins.list[dict[str, Any]] | None = ...,
        ipsec_tunnel: str | None = ...,
        protocol: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        spn_name: str | None = ...,
        subnets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/remote-networks"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/remote-networks/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        license_type: str,
        name: str,
        region: str,
        ecmp_load_balancing: Literal['enable', 'disable'] | None = ...,
        ecmp_tunnels: builtins.list[dict[str, Any]] | None = ...,
        ipsec_tunnel: str | None = ...,
        protocol: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        spn_name: str | None = ...,
        subnets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/remote-networks/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/remote-networks/{id}"""

class _SamlServerProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/saml-server-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        certificate: str,
        entity_id: str | None = ...,
        max_clock_skew: int | None = ...,
        slo_bindings: Literal['post', 'redirect'] | None = ...,
        sso_bindings: Literal['post', 'redirect'] | None = ...,
        sso_url: str | None = ...,
        validate_idp_certificate: bool | None = ...,
        want_auth_requests_signed: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/saml-server-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/saml-server-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        certificate: str,
        entity_id: str | None = ...,
        max_clock_skew: int | None = ...,
        slo_bindings: Literal['post', 'redirect'] | None = ...,
        sso_bindings: Literal['post', 'redirect'] | None = ...,
        sso_url: str | None = ...,
        validate_idp_certificate: bool | None = ...,
        want_auth_requests_signed: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/saml-server-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/saml-server-profiles/{id}"""

class _ScepProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/scep-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        type: Literal['cloud', 'container'],
        ca_identity_name: str,
        digest: str,
        name: str,
        scep_url: str,
        algorithm: dict[str, Any] | None = ...,
        certificate_attributes: dict[str, Any] | None = ...,
        fingerprint: str | None = ...,
        scep_ca_cert: str | None = ...,
        scep_challenge: dict[str, Any] | None = ...,
        scep_client_cert: str | None = ...,
        subject: str | None = ...,
        use_as_digital_signature: bool | None = ...,
        use_for_key_encipherment: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/scep-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/scep-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        ca_identity_name: str,
        digest: str,
        name: str,
        scep_url: str,
        algorithm: dict[str, Any] | None = ...,
        certificate_attributes: dict[str, Any] | None = ...,
        fingerprint: str | None = ...,
        scep_ca_cert: str | None = ...,
        scep_challenge: dict[str, Any] | None = ...,
        scep_client_cert: str | None = ...,
        subject: str | None = ...,
        use_as_digital_signature: bool | None = ...,
        use_for_key_encipherment: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/scep-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/scep-profiles/{id}"""

class _ScheduleOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/schedules"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        schedule_type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/schedules"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/schedules/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        schedule_type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/schedules/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/schedules/{id}"""

class _SecurityRuleOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/security-rules"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        action: str,
        application: builtins.list[str],
        destination: builtins.list[str],
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        to: builtins.list[str],
        category: builtins.list[str] | None = ...,
        description: str | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        log_setting: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        profile_setting: dict[str, Any] | None = ...,
        source_hip: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/security-rules"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/security-rules/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        action: str,
        application: builtins.list[str],
        destination: builtins.list[str],
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        to: builtins.list[str],
        category: builtins.list[str] | None = ...,
        description: str | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        log_setting: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        profile_setting: dict[str, Any] | None = ...,
        source_hip: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/security-rules/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/security-rules/{id}"""
    def move(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        destination: Literal['top', 'bottom', 'before', 'after'],
        rulebase: Literal['pre', 'post'],
        folder: str | None = ...,
        destination_rule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/security-rules/{id}:move"""

class _ServiceOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/services"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        protocol: dict[str, Any],
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/services"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/services/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        protocol: dict[str, Any],
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/services/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/services/{id}"""

class _ServiceConnectionOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/service-connections"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        ipsec_tunnel: str,
        name: str,
        region: str,
        backup_SC: str | None = ...,
        bgp_peer: dict[str, Any] | None = ...,
        nat_pool: str | None = ...,
        no_export_community: Literal['Disabled', 'Enabled-In', 'Enabled-Out', 'Enabled-Both'] | None = ...,
        onboarding_type: Literal['classic'] | None = ...,
        protocol: dict[str, Any] | None = ...,
        qos: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        source_nat: bool | None = ...,
        subnets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/service-connections"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/service-connections/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        ipsec_tunnel: str,
        name: str,
        region: str,
        backup_SC: str | None = ...,
        bgp_peer: dict[str, Any] | None = ...,
        nat_pool: str | None = ...,
        no_export_community: Literal['Disabled', 'Enabled-In', 'Enabled-Out', 'Enabled-Both'] | None = ...,
        onboarding_type: Literal['classic'] | None = ...,
        protocol: dict[str, Any] | None = ...,
        qos: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        source_nat: bool | None = ...,
        subnets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/service-connections/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/service-connections/{id}"""
    def getBgpRouting(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        position: Literal['pre', 'post'] | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/bgp-routing"""
    def updateBgpRouting(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        accept_route_over_SC: bool | None = ...,
        add_host_route_to_ike_peer: bool | None = ...,
        backbone_routing: Literal['no-asymmetric-routing', 'asymmetric-routing-only', 'asymmetric-routing-with-load-share'] | None = ...,
        outbound_routes_for_services: builtins.list[str] | None = ...,
        routing_preference: dict[str, Any] | None = ...,
        withdraw_static_route: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/bgp-routing"""

class _ServiceConnectionGroupOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/service-connection-groups"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        target: builtins.list[str],
        disable_snat: bool | None = ...,
        pbf_only: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/service-connection-groups"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/service-connection-groups/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        target: builtins.list[str],
        disable_snat: bool | None = ...,
        pbf_only: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/service-connection-groups/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/service-connection-groups/{id}"""

class _ServiceGroupOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/service-groups"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        members: builtins.list[str],
        name: str,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/service-groups"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/service-groups/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        members: builtins.list[str],
        name: str,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/service-groups/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/service-groups/{id}"""

class _SnippetOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /config/setup/v1/snippets"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippets"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/snippets/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/snippets/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /config/setup/v1/snippets/{id}"""

class _TacacsServerProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        snippet: str,
        device: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tacacs-server-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        snippet: str,
        device: str,
        protocol: Literal['CHAP', 'PAP'],
        server: builtins.list[dict[str, Any]],
        timeout: int | None = ...,
        use_single_connection: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/tacacs-server-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/tacacs-server-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        protocol: Literal['CHAP', 'PAP'],
        server: builtins.list[dict[str, Any]],
        timeout: int | None = ...,
        use_single_connection: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/tacacs-server-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/tacacs-server-profiles/{id}"""

class _TagOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tags"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        color: Literal['Red', 'Green', 'Blue', 'Yellow', 'Copper', 'Orange', 'Purple', 'Gray', 'Light Green', 'Cyan', 'Light Gray', 'Blue Gray', 'Lime', 'Black', 'Gold', 'Brown', 'Olive', 'Maroon', 'Red-Orange', 'Yellow-Orange', 'Forest Green', 'Turquoise Blue', 'Azure Blue', 'Cerulean Blue', 'Midnight Blue', 'Medium Blue', 'Cobalt Blue', 'Violet Blue', 'Blue Violet', 'Medium Violet', 'Medium Rose', 'Lavender', 'Orchid', 'Thistle', 'Peach', 'Salmon', 'Magenta', 'Red Violet', 'Mahogany', 'Burnt Sienna', 'Chestnut'] | None = ...,
        comments: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/tags"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/tags/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        color: Literal['Red', 'Green', 'Blue', 'Yellow', 'Copper', 'Orange', 'Purple', 'Gray', 'Light Green', 'Cyan', 'Light Gray', 'Blue Gray', 'Lime', 'Black', 'Gold', 'Brown', 'Olive', 'Maroon', 'Red-Orange', 'Yellow-Orange', 'Forest Green', 'Turquoise Blue', 'Azure Blue', 'Cerulean Blue', 'Midnight Blue', 'Medium Blue', 'Cobalt Blue', 'Violet Blue', 'Blue Violet', 'Medium Violet', 'Medium Rose', 'Lavender', 'Orchid', 'Thistle', 'Peach', 'Salmon', 'Magenta', 'Red Violet', 'Mahogany', 'Burnt Sienna', 'Chestnut'] | None = ...,
        comments: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/tags/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/tags/{id}"""

class _TlsServiceProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tls-service-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        certificate: str,
        name: str,
        protocol_settings: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/tls-service-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tls-service-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        ca_certificates: builtins.list[dict[str, Any]],
        name: str,
        block_expired_cert: bool | None = ...,
        block_timeout_cert: bool | None = ...,
        block_unauthenticated_cert: bool | None = ...,
        block_unknown_cert: bool | None = ...,
        cert_status_timeout: str | None = ...,
        crl_receive_timeout: str | None = ...,
        domain: str | None = ...,
        ocsp_receive_timeout: str | None = ...,
        use_crl: bool | None = ...,
        use_ocsp: bool | None = ...,
        username_field: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/tls-service-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/tls-service-profiles/{id}"""

class _TrafficSteeringRuleOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/traffic-steering-rules"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        action: dict[str, Any] | None = ...,
        category: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/traffic-steering-rules"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/traffic-steering-rules/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        action: dict[str, Any] | None = ...,
        category: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/traffic-steering-rules/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/traffic-steering-rules/{id}"""

class _TrustedCertificateAuthorityOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/trusted-certificate-authorities"""

class _UrlAccessProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/url-access-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        alert: builtins.list[str] | None = ...,
        allow: builtins.list[str] | None = ...,
        block: builtins.list[str] | None = ...,
        cloud_inline_cat: bool | None = ...,
        credential_enforcement: dict[str, Any] | None = ...,
        description: str | None = ...,
        local_inline_cat: bool | None = ...,
        log_container_page_only: bool | None = ...,
        log_http_hdr_referer: bool | None = ...,
        log_http_hdr_user_agent: bool | None = ...,
        log_http_hdr_xff: bool | None = ...,
        mlav_category_exception: builtins.list[str] | None = ...,
        safe_search_enforcement: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/url-access-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/url-access-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        alert: builtins.list[str] | None = ...,
        allow: builtins.list[str] | None = ...,
        block: builtins.list[str] | None = ...,
        cloud_inline_cat: bool | None = ...,
        credential_enforcement: dict[str, Any] | None = ...,
        description: str | None = ...,
        local_inline_cat: bool | None = ...,
        log_container_page_only: bool | None = ...,
        log_http_hdr_referer: bool | None = ...,
        log_http_hdr_user_agent: bool | None = ...,
        log_http_hdr_xff: bool | None = ...,
        mlav_category_exception: builtins.list[str] | None = ...,
        safe_search_enforcement: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/url-access-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/url-access-profiles/{id}"""

class _UrlCategoryOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/url-categories"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        list: builtins.list[str] | None = ...,
        type: Literal['URL List', 'Category Match'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/url-categories"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/url-categories/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        list: builtins.list[str] | None = ...,
        type: Literal['URL List', 'Category Match'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/url-categories/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/url-categories/{id}"""

class _UrlFilteringCategoryOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/url-filtering-categories"""

class _VulnerabilityProtectionProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/vulnerability-protection-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/vulnerability-protection-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/vulnerability-protection-profiles/{id}"""

class _VulnerabilityProtectionSignatureOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-signatures"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        threat_id: int,
        threatname: str,
        affected_host: dict[str, Any] | None = ...,
        bugtraq: builtins.list[str] | None = ...,
        comment: str | None = ...,
        cve: builtins.list[str] | None = ...,
        default_action: dict[str, Any] | None = ...,
        direction: Literal['client2server', 'server2client', 'both'] | None = ...,
        reference: builtins.list[str] | None = ...,
        severity: Literal['critical', 'low', 'high', 'medium', 'informational'] | None = ...,
        signature: dict[str, Any] | None = ...,
        vendor: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/vulnerability-protection-signatures"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-signatures/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        threat_id: int,
        threatname: str,
        affected_host: dict[str, Any] | None = ...,
        bugtraq: builtins.list[str] | None = ...,
        comment: str | None = ...,
        cve: builtins.list[str] | None = ...,
        default_action: dict[str, Any] | None = ...,
        direction: Literal['client2server', 'server2client', 'both'] | None = ...,
        reference: builtins.list[str] | None = ...,
        severity: Literal['critical', 'low', 'high', 'medium', 'informational'] | None = ...,
        signature: dict[str, Any] | None = ...,
        vendor: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/vulnerability-protection-signatures/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/vulnerability-protection-signatures/{id}"""

class _WildfireAntivirusProfileOps:
    def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/wildfire-anti-virus-profiles"""
    def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        mlav_exception: builtins.list[dict[str, Any]] | None = ...,
        packet_capture: bool | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/wildfire-anti-virus-profiles"""
    def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/wildfire-anti-virus-profiles/{id}"""
    def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        mlav_exception: builtins.list[dict[str, Any]] | None = ...,
        packet_capture: bool | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/wildfire-anti-virus-profiles/{id}"""
    def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/wildfire-anti-virus-profiles/{id}"""

class _AsyncAddressOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/addresses"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        ip_netmask: str | None = ...,
        ip_range: str | None = ...,
        ip_wildcard: str | None = ...,
        fqdn: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/addresses"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/addresses/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        ip_netmask: str | None = ...,
        ip_range: str | None = ...,
        ip_wildcard: str | None = ...,
        fqdn: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/addresses/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/addresses/{id}"""

class _AsyncAddressGroupOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/address-groups"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        static: builtins.list[str] | None = ...,
        dynamic: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/address-groups"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/address-groups/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        static: builtins.list[str] | None = ...,
        dynamic: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/address-groups/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/address-groups/{id}"""

class _AsyncAntiSpywareProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/anti-spyware-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        cloud_inline_analysis: bool | None = ...,
        description: str | None = ...,
        inline_exception_edl_url: builtins.list[str] | None = ...,
        inline_exception_ip_address: builtins.list[str] | None = ...,
        mica_engine_spyware_enabled: builtins.list[dict[str, Any]] | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/anti-spyware-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/anti-spyware-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        cloud_inline_analysis: bool | None = ...,
        description: str | None = ...,
        inline_exception_edl_url: builtins.list[str] | None = ...,
        inline_exception_ip_address: builtins.list[str] | None = ...,
        mica_engine_spyware_enabled: builtins.list[dict[str, Any]] | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/anti-spyware-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/anti-spyware-profiles/{id}"""

class _AsyncAntiSpywareSignatureOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/anti-spyware-signatures"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        threat_id: int,
        threatname: str,
        bugtraq: builtins.list[str] | None = ...,
        comment: str | None = ...,
        cve: builtins.list[str] | None = ...,
        default_action: dict[str, Any] | None = ...,
        direction: Literal['client2server', 'server2client', 'both'] | None = ...,
        reference: builtins.list[str] | None = ...,
        severity: Literal['critical', 'low', 'high', 'medium', 'informational'] | None = ...,
        signature: dict[str, Any] | None = ...,
        vendor: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/anti-spyware-signatures"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        threat_id: int,
        threatname: str,
        bugtraq: builtins.list[str] | None = ...,
        comment: str | None = ...,
        cve: builtins.list[str] | None = ...,
        default_action: dict[str, Any] | None = ...,
        direction: Literal['client2server', 'server2client', 'both'] | None = ...,
        reference: builtins.list[str] | None = ...,
        severity: Literal['critical', 'low', 'high', 'medium', 'informational'] | None = ...,
        signature: dict[str, Any] | None = ...,
        vendor: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/anti-spyware-signatures/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/anti-spyware-signatures/{id}"""

class _AsyncApplicationOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/applications"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        category: str,
        name: str,
        risk: int,
        subcategory: str,
        technology: str,
        able_to_transfer_file: bool | None = ...,
        alg_disable_capability: str | None = ...,
        consume_big_bandwidth: bool | None = ...,
        data_ident: bool | None = ...,
        default: dict[str, Any] | None = ...,
        description: str | None = ...,
        evasive_behavior: bool | None = ...,
        file_type_ident: bool | None = ...,
        has_known_vulnerability: bool | None = ...,
        no_appid_caching: bool | None = ...,
        parent_app: str | None = ...,
        pervasive_use: bool | None = ...,
        prone_to_misuse: bool | None = ...,
        signature: builtins.list[dict[str, Any]] | None = ...,
        tcp_half_closed_timeout: int | None = ...,
        tcp_time_wait_timeout: int | None = ...,
        tcp_timeout: int | None = ...,
        timeout: int | None = ...,
        tunnel_applications: bool | None = ...,
        tunnel_other_application: bool | None = ...,
        udp_timeout: int | None = ...,
        used_by_malware: bool | None = ...,
        virus_ident: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/applications"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/applications/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        category: str,
        name: str,
        risk: int,
        subcategory: str,
        technology: str,
        able_to_transfer_file: bool | None = ...,
        alg_disable_capability: str | None = ...,
        consume_big_bandwidth: bool | None = ...,
        data_ident: bool | None = ...,
        default: dict[str, Any] | None = ...,
        description: str | None = ...,
        evasive_behavior: bool | None = ...,
        file_type_ident: bool | None = ...,
        has_known_vulnerability: bool | None = ...,
        no_appid_caching: bool | None = ...,
        parent_app: str | None = ...,
        pervasive_use: bool | None = ...,
        prone_to_misuse: bool | None = ...,
        signature: builtins.list[dict[str, Any]] | None = ...,
        tcp_half_closed_timeout: int | None = ...,
        tcp_time_wait_timeout: int | None = ...,
        tcp_timeout: int | None = ...,
        timeout: int | None = ...,
        tunnel_applications: bool | None = ...,
        tunnel_other_application: bool | None = ...,
        udp_timeout: int | None = ...,
        used_by_malware: bool | None = ...,
        virus_ident: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/applications/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/applications/{id}"""

class _AsyncApplicationFilterOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/application-filters"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        category: builtins.list[str] | None = ...,
        evasive: bool | None = ...,
        excessive_bandwidth_use: bool | None = ...,
        exclude: builtins.list[str] | None = ...,
        has_known_vulnerabilities: bool | None = ...,
        is_saas: bool | None = ...,
        new_appid: bool | None = ...,
        pervasive: bool | None = ...,
        prone_to_misuse: bool | None = ...,
        risk: builtins.list[int] | None = ...,
        saas_certifications: builtins.list[str] | None = ...,
        saas_risk: builtins.list[str] | None = ...,
        subcategory: builtins.list[str] | None = ...,
        tagging: dict[str, Any] | None = ...,
        technology: builtins.list[str] | None = ...,
        transfers_files: bool | None = ...,
        tunnels_other_apps: bool | None = ...,
        used_by_malware: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/application-filters"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/application-filters/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        category: builtins.list[str] | None = ...,
        evasive: bool | None = ...,
        excessive_bandwidth_use: bool | None = ...,
        exclude: builtins.list[str] | None = ...,
        has_known_vulnerabilities: bool | None = ...,
        is_saas: bool | None = ...,
        new_appid: bool | None = ...,
        pervasive: bool | None = ...,
        prone_to_misuse: bool | None = ...,
        risk: builtins.list[int] | None = ...,
        saas_certifications: builtins.list[str] | None = ...,
        saas_risk: builtins.list[str] | None = ...,
        subcategory: builtins.list[str] | None = ...,
        tagging: dict[str, Any] | None = ...,
        technology: builtins.list[str] | None = ...,
        transfers_files: bool | None = ...,
        tunnels_other_apps: bool | None = ...,
        used_by_malware: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/application-filters/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/application-filters/{id}"""

class _AsyncApplicationGroupOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/application-groups"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        members: builtins.list[str],
        name: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/application-groups"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/application-groups/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        entry: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/application-groups/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/application-groups/{id}"""

class _AsyncApplicationOverrideRuleOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/app-override-rules"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        application: str,
        destination: builtins.list[str],
        name: str,
        port: int,
        protocol: Literal['tcp', 'udp'],
        source: builtins.list[str],
        to: builtins.list[str],
        description: str | None = ...,
        disabled: bool | None = ...,
        group_tag: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/app-override-rules"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/app-override-rules/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        application: str,
        destination: builtins.list[str],
        name: str,
        port: int,
        protocol: Literal['tcp', 'udp'],
        source: builtins.list[str],
        to: builtins.list[str],
        description: str | None = ...,
        disabled: bool | None = ...,
        group_tag: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/app-override-rules/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/app-override-rules/{id}"""
    async def move(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        destination: Literal['top', 'bottom', 'before', 'after'],
        rulebase: Literal['pre', 'post'],
        folder: str | None = ...,
        destination_rule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/app-override-rules/{id}:move"""

class _AsyncAuthenticationPortalOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-portals"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        authentication_profile: str | None = ...,
        certificate_profile: str | None = ...,
        gp_udp_port: int | None = ...,
        idle_timer: int | None = ...,
        redirect_host: str | None = ...,
        timer: int | None = ...,
        tls_service_profile: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/authentication-portals"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        authentication_profile: str | None = ...,
        certificate_profile: str | None = ...,
        gp_udp_port: int | None = ...,
        idle_timer: int | None = ...,
        redirect_host: str | None = ...,
        timer: int | None = ...,
        tls_service_profile: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/authentication-portals/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-portals/{id}"""

class _AsyncAuthenticationProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        allow_list: builtins.list[str] | None = ...,
        lockout: dict[str, Any] | None = ...,
        method: dict[str, Any] | None = ...,
        multi_factor_auth: dict[str, Any] | None = ...,
        single_sign_on: dict[str, Any] | None = ...,
        user_domain: str | None = ...,
        username_modifier: Literal['%USERINPUT%', '%USERINPUT%@%USERDOMAIN%', '%USERDOMAIN%\\\\%USERINPUT%'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/authentication-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/authentication-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        allow_list: builtins.list[str] | None = ...,
        lockout: dict[str, Any] | None = ...,
        method: dict[str, Any] | None = ...,
        multi_factor_auth: dict[str, Any] | None = ...,
        single_sign_on: dict[str, Any] | None = ...,
        user_domain: str | None = ...,
        username_modifier: Literal['%USERINPUT%', '%USERINPUT%@%USERDOMAIN%', '%USERDOMAIN%\\\\%USERINPUT%'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/authentication-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-profiles/{id}"""

class _AsyncAuthenticationRuleOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-rules"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        authentication_enforcement: str | None = ...,
        category: builtins.list[str] | None = ...,
        description: str | None = ...,
        destination: builtins.list[str] | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        group_tag: str | None = ...,
        hip_profiles: builtins.list[str] | None = ...,
        log_authentication_timeout: bool | None = ...,
        log_setting: str | None = ...,
        name: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        service: builtins.list[str] | None = ...,
        source: builtins.list[str] | None = ...,
        source_hip: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        timeout: int | None = ...,
        to: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/authentication-rules"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        authentication_enforcement: str | None = ...,
        category: builtins.list[str] | None = ...,
        description: str | None = ...,
        destination: builtins.list[str] | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        group_tag: str | None = ...,
        hip_profiles: builtins.list[str] | None = ...,
        log_authentication_timeout: bool | None = ...,
        log_setting: str | None = ...,
        name: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        service: builtins.list[str] | None = ...,
        source: builtins.list[str] | None = ...,
        source_hip: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        timeout: int | None = ...,
        to: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/authentication-rules/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-rules/{id}"""
    async def move(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        destination: Literal['top', 'bottom', 'before', 'after'],
        rulebase: Literal['pre', 'post'],
        folder: str | None = ...,
        destination_rule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/authentication-rules/{id}:move"""

class _AsyncAuthenticationSequenceOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-sequences"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        authentication_profiles: builtins.list[str] | None = ...,
        use_domain_find_profile: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/authentication-sequences"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/authentication-sequences/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        authentication_profiles: builtins.list[str] | None = ...,
        use_domain_find_profile: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/authentication-sequences/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-sequences/{id}"""

class _AsyncAutoTagActionOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/auto-tag-actions"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        filter: str,
        name: str,
        actions: builtins.list[dict[str, Any]] | None = ...,
        description: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/auto-tag-actions"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        filter: str,
        name: str,
        actions: builtins.list[dict[str, Any]] | None = ...,
        description: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/auto-tag-actions"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
    ) -> Any:
        """DELETE /sse/config/v1/auto-tag-actions"""

class _AsyncBandwidthAllocationOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/bandwidth-allocations"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        allocated_bandwidth: float,
        name: str,
        qos: dict[str, Any] | None = ...,
        spn_name_list: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/bandwidth-allocations"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        allocated_bandwidth: float,
        name: str,
        qos: dict[str, Any] | None = ...,
        spn_name_list: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/bandwidth-allocations"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        spn_name_list: str,
    ) -> Any:
        """DELETE /sse/config/v1/bandwidth-allocations"""

class _AsyncCertificateOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/certificates"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        algorithm: dict[str, Any],
        certificate_name: str,
        common_name: str,
        digest: Literal['sha1', 'sha256', 'sha384', 'sha512', 'md5'],
        alternate_email: builtins.list[str] | None = ...,
        country_code: str | None = ...,
        day_till_expiration: float | None = ...,
        department: builtins.list[str] | None = ...,
        email: str | None = ...,
        hostname: builtins.list[str] | None = ...,
        ip: builtins.list[str] | None = ...,
        is_block_privateKey: bool | None = ...,
        is_certificate_authority: bool | None = ...,
        locality: str | None = ...,
        ocsp_responder_url: str | None = ...,
        signed_by: str | None = ...,
        state: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/certificates"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/certificates/{id}"""
    # import: not a method name here; client.call('certificate', 'import', ...)

class _AsyncCertificateProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/certificate-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        ca_certificates: builtins.list[dict[str, Any]],
        name: str,
        block_expired_cert: bool | None = ...,
        block_timeout_cert: bool | None = ...,
        block_unauthenticated_cert: bool | None = ...,
        block_unknown_cert: bool | None = ...,
        cert_status_timeout: str | None = ...,
        crl_receive_timeout: str | None = ...,
        domain: str | None = ...,
        ocsp_receive_timeout: str | None = ...,
        use_crl: bool | None = ...,
        use_ocsp: bool | None = ...,
        username_field: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/certificate-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/certificate-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        ca_certificates: builtins.list[dict[str, Any]],
        name: str,
        block_expired_cert: bool | None = ...,
        block_timeout_cert: bool | None = ...,
        block_unauthenticated_cert: bool | None = ...,
        block_unknown_cert: bool | None = ...,
        cert_status_timeout: str | None = ...,
        crl_receive_timeout: str | None = ...,
        domain: str | None = ...,
        ocsp_receive_timeout: str | None = ...,
        use_crl: bool | None = ...,
        use_ocsp: bool | None = ...,
        username_field: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/certificate-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/certificate-profiles/{id}"""

class _AsyncConfigVersionOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/config-versions"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        version: str,
    ) -> Any:
        """GET /sse/config/v1/config-versions/{version}"""
    async def getRunning(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/config-versions/running"""
    async def listSnapshots(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/snapshots"""
    async def load(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        version: float | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/config-versions:load"""
    async def push(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folders: builtins.list[str],
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/config-versions/candidate:push"""
    async def rollbackCandidate(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """DELETE /sse/config/v1/config-versions/candidate"""

class _AsyncDecryptionExclusionOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/decryption-exclusions"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/decryption-exclusions"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/decryption-exclusions/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/decryption-exclusions/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/decryption-exclusions/{id}"""

class _AsyncDecryptionProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/decryption-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        ssl_forward_proxy: dict[str, Any] | None = ...,
        ssl_inbound_proxy: dict[str, Any] | None = ...,
        ssl_no_proxy: dict[str, Any] | None = ...,
        ssl_protocol_settings: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/decryption-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/decryption-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        ssl_forward_proxy: dict[str, Any] | None = ...,
        ssl_inbound_proxy: dict[str, Any] | None = ...,
        ssl_no_proxy: dict[str, Any] | None = ...,
        ssl_protocol_settings: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/decryption-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/decryption-profiles/{id}"""

class _AsyncDecryptionRuleOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/decryption-rules"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        action: Literal['decrypt', 'no-decrypt'],
        category: builtins.list[str],
        destination: builtins.list[str],
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        source_user: builtins.list[str],
        to: builtins.list[str],
        description: str | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        log_fail: bool | None = ...,
        log_setting: str | None = ...,
        log_success: bool | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        profile: str | None = ...,
        source_hip: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/decryption-rules"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/decryption-rules/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        action: Literal['decrypt', 'no-decrypt'],
        category: builtins.list[str],
        destination: builtins.list[str],
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        source_user: builtins.list[str],
        to: builtins.list[str],
        description: str | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        log_fail: bool | None = ...,
        log_setting: str | None = ...,
        log_success: bool | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        profile: str | None = ...,
        source_hip: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/decryption-rules/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/decryption-rules/{id}"""
    async def move(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        destination: Literal['top', 'bottom', 'before', 'after'],
        rulebase: Literal['pre', 'post'],
        folder: str | None = ...,
        destination_rule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/decryption-rules/{id}:move"""

class _AsyncDnsSecurityProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/dns-security-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        botnet_domains: dict[str, Any] | None = ...,
        description: str | None = ...,
        name: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/dns-security-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/dns-security-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        botnet_domains: dict[str, Any] | None = ...,
        description: str | None = ...,
        name: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/dns-security-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/dns-security-profiles/{id}"""

class _AsyncDynamicUserGroupOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/dynamic-user-groups"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        filter: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/dynamic-user-groups"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/dynamic-user-groups/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        filter: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/dynamic-user-groups/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/dynamic-user-groups/{id}"""

class _AsyncExternalDynamicListOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/external-dynamic-lists"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/external-dynamic-lists"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/external-dynamic-lists/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/external-dynamic-lists/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/external-dynamic-lists/{id}"""

class _AsyncFileBlockingProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/file-blocking-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/file-blocking-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/file-blocking-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/file-blocking-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/file-blocking-profiles/{id}"""

class _AsyncFolderOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /config/setup/v1/folders"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        parent: str,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        snippets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/folders"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/folders/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        parent: str,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        snippets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/folders/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /config/setup/v1/folders/{id}"""

class _AsyncHipObjectOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/hip-objects"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        anti_malware: dict[str, Any] | None = ...,
        certificate: dict[str, Any] | None = ...,
        custom_checks: dict[str, Any] | None = ...,
        data_loss_prevention: dict[str, Any] | None = ...,
        description: str | None = ...,
        disk_backup: dict[str, Any] | None = ...,
        disk_encryption: dict[str, Any] | None = ...,
        firewall: dict[str, Any] | None = ...,
        host_info: dict[str, Any] | None = ...,
        mobile_device: dict[str, Any] | None = ...,
        network_info: dict[str, Any] | None = ...,
        patch_management: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/hip-objects"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/hip-objects/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        anti_malware: dict[str, Any] | None = ...,
        certificate: dict[str, Any] | None = ...,
        custom_checks: dict[str, Any] | None = ...,
        data_loss_prevention: dict[str, Any] | None = ...,
        description: str | None = ...,
        disk_backup: dict[str, Any] | None = ...,
        disk_encryption: dict[str, Any] | None = ...,
        firewall: dict[str, Any] | None = ...,
        host_info: dict[str, Any] | None = ...,
        mobile_device: dict[str, Any] | None = ...,
        network_info: dict[str, Any] | None = ...,
        patch_management: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/hip-objects/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/hip-objects/{id}"""

class _AsyncHipProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/hip-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        match: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/hip-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/hip-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        match: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/hip-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/hip-profiles/{id}"""

class _AsyncHttpHeaderProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/http-header-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        http_header_insertion: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/http-header-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/http-header-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        http_header_insertion: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/http-header-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/http-header-profiles/{id}"""

class _AsyncIkeCryptoProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-crypto-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        dh_group: builtins.list[Literal['group1', 'group2', 'group5', 'group14', 'group19', 'group20']],
        encryption: builtins.list[Literal['des', '3des', 'aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-gcm', 'aes-256-gcm']],
        hash: builtins.list[Literal['md5', 'sha1', 'sha256', 'sha384', 'sha512']],
        name: str,
        authentication_multiple: int | None = ...,
        lifetime: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/ike-crypto-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-crypto-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        dh_group: builtins.list[Literal['group1', 'group2', 'group5', 'group14', 'group19', 'group20']],
        encryption: builtins.list[Literal['des', '3des', 'aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-gcm', 'aes-256-gcm']],
        hash: builtins.list[Literal['md5', 'sha1', 'sha256', 'sha384', 'sha512']],
        name: str,
        authentication_multiple: int | None = ...,
        lifetime: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/ike-crypto-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ike-crypto-profiles/{id}"""

class _AsyncIkeGatewayOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-gateways"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        authentication: dict[str, Any],
        name: str,
        peer_address: dict[str, Any],
        protocol: dict[str, Any],
        local_id: dict[str, Any] | None = ...,
        peer_id: dict[str, Any] | None = ...,
        protocol_common: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/ike-gateways"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-gateways/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        authentication: dict[str, Any],
        name: str,
        peer_address: dict[str, Any],
        protocol: dict[str, Any],
        local_id: dict[str, Any] | None = ...,
        peer_id: dict[str, Any] | None = ...,
        protocol_common: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/ike-gateways/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ike-gateways/{id}"""

class _AsyncInfrastructureSettingOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/shared-infrastructure-settings"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        egress_ip_notification_url: str | None = ...,
        infra_bgp_as: str | None = ...,
        infrastructure_subnet: str | None = ...,
        infrastructure_subnet_ipv6: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/shared-infrastructure-settings"""
    async def enable(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """POST /sse/config/v1/enable"""

class _AsyncInternalDnsServerOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/internal-dns-servers"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        domain_name: builtins.list[str],
        name: str,
        primary: str,
        secondary: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/internal-dns-servers"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/internal-dns-servers/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        domain_name: builtins.list[str],
        name: str,
        primary: str,
        secondary: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/internal-dns-servers/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/internal-dns-servers/{id}"""

class _AsyncIpsecCryptoProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-crypto-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        lifetime: dict[str, Any],
        name: str,
        dh_group: Literal['no-pfs', 'group1', 'group2', 'group5', 'group14', 'group19', 'group20'] | None = ...,
        lifesize: dict[str, Any] | None = ...,
        esp: dict[str, Any] | None = ...,
        ah: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/ipsec-crypto-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-crypto-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        lifetime: dict[str, Any],
        name: str,
        dh_group: Literal['no-pfs', 'group1', 'group2', 'group5', 'group14', 'group19', 'group20'] | None = ...,
        lifesize: dict[str, Any] | None = ...,
        esp: dict[str, Any] | None = ...,
        ah: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/ipsec-crypto-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ipsec-crypto-profiles/{id}"""

class _AsyncIpsecTunnelOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-tunnels"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        auto_key: dict[str, Any],
        name: str,
        anti_replay: bool | None = ...,
        copy_tos: bool | None = ...,
        enable_gre_encapsulation: bool | None = ...,
        tunnel_monitor: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/ipsec-tunnels"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-tunnels/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        auto_key: dict[str, Any],
        name: str,
        anti_replay: bool | None = ...,
        copy_tos: bool | None = ...,
        enable_gre_encapsulation: bool | None = ...,
        tunnel_monitor: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/ipsec-tunnels/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ipsec-tunnels/{id}"""

class _AsyncJobOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/jobs"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/jobs/{id}"""

class _AsyncKerberosServerProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        snippet: str,
        device: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/kerberos-server-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        snippet: str,
        device: str,
        server: builtins.list[dict[str, Any]],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/kerberos-server-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/kerberos-server-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        server: builtins.list[dict[str, Any]],
        folder: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/kerberos-server-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/kerberos-server-profiles/{id}"""

class _AsyncLdapServerProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ldap-server-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        server: builtins.list[dict[str, Any]],
        base: str | None = ...,
        bind_dn: str | None = ...,
        bind_password: str | None = ...,
        bind_timelimit: str | None = ...,
        ldap_type: Literal['active-directory', 'e-directory', 'sun', 'other'] | None = ...,
        retry_interval: int | None = ...,
        ssl: bool | None = ...,
        timelimit: int | None = ...,
        verify_server_certificate: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/ldap-server-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/ldap-server-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        server: builtins.list[dict[str, Any]],
        base: str | None = ...,
        bind_dn: str | None = ...,
        bind_password: str | None = ...,
        bind_timelimit: str | None = ...,
        ldap_type: Literal['active-directory', 'e-directory', 'sun', 'other'] | None = ...,
        retry_interval: int | None = ...,
        ssl: bool | None = ...,
        timelimit: int | None = ...,
        verify_server_certificate: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/ldap-server-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ldap-server-profiles/{id}"""

class _AsyncLicenseTypeOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/license-types"""

class _AsyncLocalUserOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/local-users"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        password: str,
        disabled: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/local-users"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/local-users/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        password: str,
        disabled: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/local-users/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/local-users/{id}"""

class _AsyncLocalUserGroupOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/local-user-groups"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/local-user-groups"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/local-user-groups/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/local-user-groups/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/local-user-groups/{id}"""

class _AsyncLocationOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/locations"""

class _AsyncMfaServerOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mfa-servers"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        mfa_cert_profile: str,
        name: str,
        position: Literal['pre', 'post'] | None = ...,
        mfa_vendor_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mfa-servers"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/mfa-servers/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        mfa_cert_profile: str,
        name: str,
        mfa_vendor_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mfa-servers/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/mfa-servers/{id}"""

class _AsyncMobileAgentAgentProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/agent-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        agent_ui: dict[str, Any] | None = ...,
        authentication_override: dict[str, Any] | None = ...,
        certificate: dict[str, Any] | None = ...,
        client_certificate: dict[str, Any] | None = ...,
        custom_checks: dict[str, Any] | None = ...,
        gateways: dict[str, Any] | None = ...,
        gp_app_config: dict[str, Any] | None = ...,
        hip_collection: dict[str, Any] | None = ...,
        internal_host_detection: dict[str, Any] | None = ...,
        internal_host_detection_v6: dict[str, Any] | None = ...,
        machine_account_exists_with_serialno: dict[str, Any] | None = ...,
        os: builtins.list[Literal['Android', 'Chrome', 'IoT', 'Linux', 'Mac', 'Windows', 'WindowsUWP', 'iOS']] | None = ...,
        save_user_credentials: Literal['0', '1', '2', '3'] | None = ...,
        source_user: builtins.list[str] | None = ...,
        third_party_vpn_clients: builtins.list[Literal['PAN Virtual Ethernet Adapter', 'Juniper Network Virtual Adapter', 'Cisco Systems VPN Adapter']] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/agent-profiles"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        folder: str,
        agent_ui: dict[str, Any] | None = ...,
        authentication_override: dict[str, Any] | None = ...,
        certificate: dict[str, Any] | None = ...,
        client_certificate: dict[str, Any] | None = ...,
        custom_checks: dict[str, Any] | None = ...,
        gateways: dict[str, Any] | None = ...,
        gp_app_config: dict[str, Any] | None = ...,
        hip_collection: dict[str, Any] | None = ...,
        internal_host_detection: dict[str, Any] | None = ...,
        internal_host_detection_v6: dict[str, Any] | None = ...,
        machine_account_exists_with_serialno: dict[str, Any] | None = ...,
        os: builtins.list[Literal['Android', 'Chrome', 'IoT', 'Linux', 'Mac', 'Windows', 'WindowsUWP', 'iOS']] | None = ...,
        save_user_credentials: Literal['0', '1', '2', '3'] | None = ...,
        source_user: builtins.list[str] | None = ...,
        third_party_vpn_clients: builtins.list[Literal['PAN Virtual Ethernet Adapter', 'Juniper Network Virtual Adapter', 'Cisco Systems VPN Adapter']] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/agent-profiles"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/agent-profiles"""

class _AsyncMobileAgentAgentVersionOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/agent-versions"""

class _AsyncMobileAgentAuthenticationSettingOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/authentication-settings"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        authentication_profile: str,
        os: Literal['Any', 'Android', 'Browser', 'Chrome', 'IoT', 'Linux', 'Mac', 'Satellite', 'Windows', 'WindowsUWP', 'iOS'],
        user_credential_or_client_cert_required: bool,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/authentication-settings"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        folder: str,
        authentication_profile: str,
        os: Literal['Any', 'Android', 'Browser', 'Chrome', 'IoT', 'Linux', 'Mac', 'Satellite', 'Windows', 'WindowsUWP', 'iOS'],
        user_credential_or_client_cert_required: bool,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/authentication-settings"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/authentication-settings"""

class _AsyncMobileAgentEnableOps:
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/enable"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/enable"""

class _AsyncMobileAgentGlobalSettingOps:
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/global-settings"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        agent_version: str | None = ...,
        manual_gateway: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/global-settings"""

class _AsyncMobileAgentInfrastructureSettingOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/infrastructure-settings"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        dns_servers: builtins.list[dict[str, Any]],
        ip_pools: builtins.list[dict[str, Any]],
        name: str,
        portal_hostname: dict[str, Any],
        enable_wins: dict[str, Any] | None = ...,
        ipv6: bool | None = ...,
        udp_queries: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/infrastructure-settings"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        dns_servers: builtins.list[dict[str, Any]],
        ip_pools: builtins.list[dict[str, Any]],
        name: str,
        portal_hostname: dict[str, Any],
        enable_wins: dict[str, Any] | None = ...,
        ipv6: bool | None = ...,
        udp_queries: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/infrastructure-settings"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/infrastructure-settings"""

class _AsyncMobileAgentLocationOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/locations"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        region: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/locations"""

class _AsyncMobileAgentTunnelProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/tunnel-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        authentication_override: dict[str, Any] | None = ...,
        no_direct_access_to_local_network: bool | None = ...,
        os: builtins.list[Literal['Android', 'Chrome', 'IoT', 'Linux', 'Mac', 'Windows', 'WindowsUWP', 'iOS']] | None = ...,
        retrieve_framed_ip_address: bool | None = ...,
        source_address: dict[str, Any] | None = ...,
        source_user: builtins.list[str] | None = ...,
        split_tunneling: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/tunnel-profiles"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        folder: str,
        authentication_override: dict[str, Any] | None = ...,
        no_direct_access_to_local_network: bool | None = ...,
        os: builtins.list[Literal['Android', 'Chrome', 'IoT', 'Linux', 'Mac', 'Windows', 'WindowsUWP', 'iOS']] | None = ...,
        retrieve_framed_ip_address: bool | None = ...,
        source_address: dict[str, Any] | None = ...,
        source_user: builtins.list[str] | None = ...,
        split_tunneling: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/tunnel-profiles"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/tunnel-profiles"""

class _AsyncMobileAgentUserAuthenticationOps:
    async def move(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        destination: str | None = ...,
        where: Literal['before', 'after', 'top', 'bottom'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/user-authentication:move"""

class _AsyncOcspResponderOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ocsp-responder"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        host_name: str,
        name: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/ocsp-responder"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/ocsp-responder/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        host_name: str,
        name: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/ocsp-responder/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ocsp-responder/{id}"""

class _AsyncProfileGroupOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/profile-groups"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        dns_security: builtins.list[str] | None = ...,
        file_blocking: builtins.list[str] | None = ...,
        saas_security: builtins.list[str] | None = ...,
        spyware: builtins.list[str] | None = ...,
        url_filtering: builtins.list[str] | None = ...,
        virus_and_wildfire_analysis: builtins.list[str] | None = ...,
        vulnerability: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/profile-groups"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/profile-groups/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        dns_security: builtins.list[str] | None = ...,
        file_blocking: builtins.list[str] | None = ...,
        saas_security: builtins.list[str] | None = ...,
        spyware: builtins.list[str] | None = ...,
        url_filtering: builtins.list[str] | None = ...,
        virus_and_wildfire_analysis: builtins.list[str] | None = ...,
        vulnerability: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/profile-groups/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/profile-groups/{id}"""

class _AsyncQosPolicyRuleOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        position: Literal['pre', 'post'],
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-policy-rules"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        position: Literal['pre', 'post'],
        action: dict[str, Any],
        name: str,
        description: str | None = ...,
        dscp_tos: dict[str, Any] | None = ...,
        schedule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/qos-policy-rules"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-policy-rules/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        action: dict[str, Any],
        name: str,
        description: str | None = ...,
        dscp_tos: dict[str, Any] | None = ...,
        schedule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/qos-policy-rules/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/qos-policy-rules/{id}"""
    async def move(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        destination: Literal['top', 'bottom', 'before', 'after'],
        rulebase: Literal['pre', 'post'],
        folder: str | None = ...,
        destination_rule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/qos-policy-rules/{id}:move"""

class _AsyncQosProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        aggregate_bandwidth: dict[str, Any] | None = ...,
        class_bandwidth_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/qos-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        aggregate_bandwidth: dict[str, Any] | None = ...,
        class_bandwidth_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/qos-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/qos-profiles/{id}"""

class _AsyncQuarantinedDeviceOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        host_id: str | None = ...,
        serial_number: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/quarantined-devices"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        host_id: str,
        ip: str | None = ...,
        ipv6: str | None = ...,
        serial_number: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/quarantined-devices"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        host_id: str,
    ) -> Any:
        """DELETE /sse/config/v1/quarantined-devices"""

class _AsyncRadiusServerProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        snippet: str,
        device: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/radius-server-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        snippet: str,
        device: str,
        server: builtins.list[dict[str, Any]],
        protocol: dict[str, Any] | None = ...,
        retries: int | None = ...,
        timeout: int | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/radius-server-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/radius-server-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        server: builtins.list[dict[str, Any]],
        protocol: dict[str, Any] | None = ...,
        retries: int | None = ...,
        timeout: int | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/radius-server-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/radius-server-profiles/{id}"""

class _AsyncRegionOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/regions"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        address: builtins.list[str] | None = ...,
        geo_location: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/regions"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/regions/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        address: builtins.list[str] | None = ...,
        geo_location: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/regions/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/regions/{id}"""

class _AsyncRemoteNetworkOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/remote-networks"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        license_type: str,
        name: str,
        region: str,
        ecmp_load_balancing: Literal['enable', 'disable'] | None = ...,
        ecmp_tunnels: builtins.list[dict[str, Any]] | None = ...,
        ipsec_tunnel: str | None = ...,
        protocol: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        spn_name: str | None = ...,
        subnets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/remote-networks"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/remote-networks/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        license_type: str,
        name: str,
        region: str,
        ecmp_load_balancing: Literal['enable', 'disable'] | None = ...,
        ecmp_tunnels: builtins.list[dict[str, Any]] | None = ...,
        ipsec_tunnel: str | None = ...,
        protocol: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        spn_name: str | None = ...,
        subnets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/remote-networks/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/remote-networks/{id}"""

class _AsyncSamlServerProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/saml-server-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        certificate: str,
        entity_id: str | None = ...,
        max_clock_skew: int | None = ...,
        slo_bindings: Literal['post', 'redirect'] | None = ...,
        sso_bindings: Literal['post', 'redirect'] | None = ...,
        sso_url: str | None = ...,
        validate_idp_certificate: bool | None = ...,
        want_auth_requests_signed: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/saml-server-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/saml-server-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        certificate: str,
        entity_id: str | None = ...,
        max_clock_skew: int | None = ...,
        slo_bindings: Literal['post', 'redirect'] | None = ...,
        sso_bindings: Literal['post', 'redirect'] | None = ...,
        sso_url: str | None = ...,
        validate_idp_certificate: bool | None = ...,
        want_auth_requests_signed: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/saml-server-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/saml-server-profiles/{id}"""

class _AsyncScepProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/scep-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        type: Literal['cloud', 'container'],
        ca_identity_name: str,
        digest: str,
        name: str,
        scep_url: str,
        algorithm: dict[str, Any] | None = ...,
        certificate_attributes: dict[str, Any] | None = ...,
        fingerprint: str | None = ...,
        scep_ca_cert: str | None = ...,
        scep_challenge: dict[str, Any] | None = ...,
        scep_client_cert: str | None = ...,
        subject: str | None = ...,
        use_as_digital_signature: bool | None = ...,
        use_for_key_encipherment: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/scep-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/scep-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        ca_identity_name: str,
        digest: str,
        name: str,
        scep_url: str,
        algorithm: dict[str, Any] | None = ...,
        certificate_attributes: dict[str, Any] | None = ...,
        fingerprint: str | None = ...,
        scep_ca_cert: str | None = ...,
        scep_challenge: dict[str, Any] | None = ...,
        scep_client_cert: str | None = ...,
        subject: str | None = ...,
        use_as_digital_signature: bool | None = ...,
        use_for_key_encipherment: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/scep-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/scep-profiles/{id}"""

class _AsyncScheduleOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/schedules"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        schedule_type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/schedules"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/schedules/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        schedule_type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/schedules/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/schedules/{id}"""

class _AsyncSecurityRuleOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/security-rules"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        position: Literal['pre', 'post'],
        folder: str,
        action: str,
        application: builtins.list[str],
        destination: builtins.list[str],
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        to: builtins.list[str],
        category: builtins.list[str] | None = ...,
        description: str | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        log_setting: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        profile_setting: dict[str, Any] | None = ...,
        source_hip: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/security-rules"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/security-rules/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        action: str,
        application: builtins.list[str],
        destination: builtins.list[str],
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        to: builtins.list[str],
        category: builtins.list[str] | None = ...,
        description: str | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        log_setting: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        profile_setting: dict[str, Any] | None = ...,
        source_hip: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/security-rules/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/security-rules/{id}"""
    async def move(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        destination: Literal['top', 'bottom', 'before', 'after'],
        rulebase: Literal['pre', 'post'],
        folder: str | None = ...,
        destination_rule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/security-rules/{id}:move"""

class _AsyncServiceOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/services"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        protocol: dict[str, Any],
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/services"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/services/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        protocol: dict[str, Any],
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/services/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/services/{id}"""

class _AsyncServiceConnectionOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/service-connections"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        ipsec_tunnel: str,
        name: str,
        region: str,
        backup_SC: str | None = ...,
        bgp_peer: dict[str, Any] | None = ...,
        nat_pool: str | None = ...,
        no_export_community: Literal['Disabled', 'Enabled-In', 'Enabled-Out', 'Enabled-Both'] | None = ...,
        onboarding_type: Literal['classic'] | None = ...,
        protocol: dict[str, Any] | None = ...,
        qos: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        source_nat: bool | None = ...,
        subnets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/service-connections"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/service-connections/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        ipsec_tunnel: str,
        name: str,
        region: str,
        backup_SC: str | None = ...,
        bgp_peer: dict[str, Any] | None = ...,
        nat_pool: str | None = ...,
        no_export_community: Literal['Disabled', 'Enabled-In', 'Enabled-Out', 'Enabled-Both'] | None = ...,
        onboarding_type: Literal['classic'] | None = ...,
        protocol: dict[str, Any] | None = ...,
        qos: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        source_nat: bool | None = ...,
        subnets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/service-connections/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/service-connections/{id}"""
    async def getBgpRouting(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        position: Literal['pre', 'post'] | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/bgp-routing"""
    async def updateBgpRouting(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        accept_route_over_SC: bool | None = ...,
        add_host_route_to_ike_peer: bool | None = ...,
        backbone_routing: Literal['no-asymmetric-routing', 'asymmetric-routing-only', 'asymmetric-routing-with-load-share'] | None = ...,
        outbound_routes_for_services: builtins.list[str] | None = ...,
        routing_preference: dict[str, Any] | None = ...,
        withdraw_static_route: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/bgp-routing"""

class _AsyncServiceConnectionGroupOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/service-connection-groups"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        target: builtins.list[str],
        disable_snat: bool | None = ...,
        pbf_only: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/service-connection-groups"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/service-connection-groups/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        target: builtins.list[str],
        disable_snat: bool | None = ...,
        pbf_only: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/service-connection-groups/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/service-connection-groups/{id}"""

class _AsyncServiceGroupOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/service-groups"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        members: builtins.list[str],
        name: str,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/service-groups"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/service-groups/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        members: builtins.list[str],
        name: str,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/service-groups/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/service-groups/{id}"""

class _AsyncSnippetOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /config/setup/v1/snippets"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        name: str,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippets"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/snippets/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/snippets/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /config/setup/v1/snippets/{id}"""

class _AsyncTacacsServerProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        snippet: str,
        device: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tacacs-server-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        snippet: str,
        device: str,
        protocol: Literal['CHAP', 'PAP'],
        server: builtins.list[dict[str, Any]],
        timeout: int | None = ...,
        use_single_connection: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/tacacs-server-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/tacacs-server-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        protocol: Literal['CHAP', 'PAP'],
        server: builtins.list[dict[str, Any]],
        timeout: int | None = ...,
        use_single_connection: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/tacacs-server-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/tacacs-server-profiles/{id}"""

class _AsyncTagOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tags"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        color: Literal['Red', 'Green', 'Blue', 'Yellow', 'Copper', 'Orange', 'Purple', 'Gray', 'Light Green', 'Cyan', 'Light Gray', 'Blue Gray', 'Lime', 'Black', 'Gold', 'Brown', 'Olive', 'Maroon', 'Red-Orange', 'Yellow-Orange', 'Forest Green', 'Turquoise Blue', 'Azure Blue', 'Cerulean Blue', 'Midnight Blue', 'Medium Blue', 'Cobalt Blue', 'Violet Blue', 'Blue Violet', 'Medium Violet', 'Medium Rose', 'Lavender', 'Orchid', 'Thistle', 'Peach', 'Salmon', 'Magenta', 'Red Violet', 'Mahogany', 'Burnt Sienna', 'Chestnut'] | None = ...,
        comments: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/tags"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/tags/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        color: Literal['Red', 'Green', 'Blue', 'Yellow', 'Copper', 'Orange', 'Purple', 'Gray', 'Light Green', 'Cyan', 'Light Gray', 'Blue Gray', 'Lime', 'Black', 'Gold', 'Brown', 'Olive', 'Maroon', 'Red-Orange', 'Yellow-Orange', 'Forest Green', 'Turquoise Blue', 'Azure Blue', 'Cerulean Blue', 'Midnight Blue', 'Medium Blue', 'Cobalt Blue', 'Violet Blue', 'Blue Violet', 'Medium Violet', 'Medium Rose', 'Lavender', 'Orchid', 'Thistle', 'Peach', 'Salmon', 'Magenta', 'Red Violet', 'Mahogany', 'Burnt Sienna', 'Chestnut'] | None = ...,
        comments: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/tags/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/tags/{id}"""

class _AsyncTlsServiceProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tls-service-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        certificate: str,
        name: str,
        protocol_settings: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/tls-service-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tls-service-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        ca_certificates: builtins.list[dict[str, Any]],
        name: str,
        block_expired_cert: bool | None = ...,
        block_timeout_cert: bool | None = ...,
        block_unauthenticated_cert: bool | None = ...,
        block_unknown_cert: bool | None = ...,
        cert_status_timeout: str | None = ...,
        crl_receive_timeout: str | None = ...,
        domain: str | None = ...,
        ocsp_receive_timeout: str | None = ...,
        use_crl: bool | None = ...,
        use_ocsp: bool | None = ...,
        username_field: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/tls-service-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/tls-service-profiles/{id}"""

class _AsyncTrafficSteeringRuleOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/traffic-steering-rules"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        action: dict[str, Any] | None = ...,
        category: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/traffic-steering-rules"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/traffic-steering-rules/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        action: dict[str, Any] | None = ...,
        category: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/traffic-steering-rules/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/traffic-steering-rules/{id}"""

class _AsyncTrustedCertificateAuthorityOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/trusted-certificate-authorities"""

class _AsyncUrlAccessProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/url-access-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        alert: builtins.list[str] | None = ...,
        allow: builtins.list[str] | None = ...,
        block: builtins.list[str] | None = ...,
        cloud_inline_cat: bool | None = ...,
        credential_enforcement: dict[str, Any] | None = ...,
        description: str | None = ...,
        local_inline_cat: bool | None = ...,
        log_container_page_only: bool | None = ...,
        log_http_hdr_referer: bool | None = ...,
        log_http_hdr_user_agent: bool | None = ...,
        log_http_hdr_xff: bool | None = ...,
        mlav_category_exception: builtins.list[str] | None = ...,
        safe_search_enforcement: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/url-access-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/url-access-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        alert: builtins.list[str] | None = ...,
        allow: builtins.list[str] | None = ...,
        block: builtins.list[str] | None = ...,
        cloud_inline_cat: bool | None = ...,
        credential_enforcement: dict[str, Any] | None = ...,
        description: str | None = ...,
        local_inline_cat: bool | None = ...,
        log_container_page_only: bool | None = ...,
        log_http_hdr_referer: bool | None = ...,
        log_http_hdr_user_agent: bool | None = ...,
        log_http_hdr_xff: bool | None = ...,
        mlav_category_exception: builtins.list[str] | None = ...,
        safe_search_enforcement: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/url-access-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/url-access-profiles/{id}"""

class _AsyncUrlCategoryOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/url-categories"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        list: builtins.list[str] | None = ...,
        type: Literal['URL List', 'Category Match'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/url-categories"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/url-categories/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        list: builtins.list[str] | None = ...,
        type: Literal['URL List', 'Category Match'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/url-categories/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/url-categories/{id}"""

class _AsyncUrlFilteringCategoryOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/url-filtering-categories"""

class _AsyncVulnerabilityProtectionProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/vulnerability-protection-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/vulnerability-protection-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/vulnerability-protection-profiles/{id}"""

class _AsyncVulnerabilityProtectionSignatureOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-signatures"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        threat_id: int,
        threatname: str,
        affected_host: dict[str, Any] | None = ...,
        bugtraq: builtins.list[str] | None = ...,
        comment: str | None = ...,
        cve: builtins.list[str] | None = ...,
        default_action: dict[str, Any] | None = ...,
        direction: Literal['client2server', 'server2client', 'both'] | None = ...,
        reference: builtins.list[str] | None = ...,
        severity: Literal['critical', 'low', 'high', 'medium', 'informational'] | None = ...,
        signature: dict[str, Any] | None = ...,
        vendor: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/vulnerability-protection-signatures"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-signatures/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        threat_id: int,
        threatname: str,
        affected_host: dict[str, Any] | None = ...,
        bugtraq: builtins.list[str] | None = ...,
        comment: str | None = ...,
        cve: builtins.list[str] | None = ...,
        default_action: dict[str, Any] | None = ...,
        direction: Literal['client2server', 'server2client', 'both'] | None = ...,
        reference: builtins.list[str] | None = ...,
        severity: Literal['critical', 'low', 'high', 'medium', 'informational'] | None = ...,
        signature: dict[str, Any] | None = ...,
        vendor: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/vulnerability-protection-signatures/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/vulnerability-protection-signatures/{id}"""

class _AsyncWildfireAntivirusProfileOps:
    async def list(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/wildfire-anti-virus-profiles"""
    async def create(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        mlav_exception: builtins.list[dict[str, Any]] | None = ...,
        packet_capture: bool | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/wildfire-anti-virus-profiles"""
    async def get(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/wildfire-anti-virus-profiles/{id}"""
    async def update(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        mlav_exception: builtins.list[dict[str, Any]] | None = ...,
        packet_capture: bool | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/wildfire-anti-virus-profiles/{id}"""
    async def delete(
        self,
        parameters: Mapping[str, Any] | None = None, /,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/wildfire-anti-virus-profiles/{id}"""

log: logging.Logger
SCOPE_PARAMS: tuple[str, ...]
BURST_WINDOW_S: float
BURST_REQUESTS: int
BLOCK_MEMORY_S: float

@dataclass
class Plan:
    op: Operation
    method: str
    url: str
    path: str
    query: dict[str, Any]
    body: dict[str, Any] | None
    @property
    def is_create(self) -> bool: ...
    @property
    def idempotent(self) -> bool: ...

def shared_tokens(settings: Settings) -> TokenManager: ...

class Core:
    settings: Settings
    catalog: Catalog
    validate: bool
    url_family: str
    retry: t.RetryPolicy
    limiter: t.RateLimiter | None
    tokens: TokenManager
    def __init__(self, settings: Settings, *, catalog: Catalog | None = None, validate: bool = True,
                 url_family: str = "legacy", retry: t.RetryPolicy | None = None,
                 rate_limit: float | None = None, tokens: TokenManager | None = None) -> None: ...
    def operation(self, resource: str, operation: str) -> Operation: ...
    def plan(self, resource: str, operation: str, params: Mapping[str, Any] | None = None) -> Plan: ...
    def build(self, plan: Plan, token: str) -> t.Outgoing: ...
    def call_flow(self, plan: Plan, http: httpx.Client | httpx.AsyncClient) -> t.Flow: ...
    def existing_flow(self, plan: Plan, http: httpx.Client | httpx.AsyncClient) -> t.Flow: ...
    def decode(self, plan: Plan, response: httpx.Response) -> Any: ...
    def paginate_flow(self, resource: str, operation: str, filters: Mapping[str, Any], page_size: int,
                      http: httpx.Client | httpx.AsyncClient) -> t.Flow: ...

class _Base:
    _core: Core
    def __dir__(self) -> list[str]: ...
    def plan(self, resource: str, operation: str, parameters: Mapping[str, Any] | None = None) -> Plan: ...
    def _plan_many(self, resource: str, operation: str, items: Iterable[Mapping[str, Any]]) -> list[Plan]: ...
    def _fanout(self, http: httpx.Client, concurrency: int) -> Any: ...
    @staticmethod
    def _spec(spec: Mapping[str, Any]) -> tuple[str, str, dict[str, Any]]: ...

class Client(_Base):
    def __init__(self, client_id: str | None = None, client_secret: str | None = None,
                 tsg_id: str | None = None, *, base_url: str | None = None, auth_url: str | None = None,
                 setup_url: str | None = None, profile: str | None = None, settings: Settings | None = None,
                 validate: bool = True, url_family: str = "legacy", rate_limit: float | None = None,
                 retry: t.RetryPolicy | None = None, transport: httpx.BaseTransport | None = None,
                 connect_timeout: float | None = None, read_timeout: float | None = None,
                 token_cache_file: str | None = None, catalog: Catalog | None = None) -> None: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def tokens(self) -> TokenManager: ...
    def call(self, resource: str, operation: str, parameters: Mapping[str, Any] | None = None, /,
             **params: Any) -> Any: ...
    def run(self, spec: Mapping[str, Any]) -> Any: ...
    def call_many(self, resource: str, operation: str, items: Iterable[Mapping[str, Any]], *,
                  concurrency: int = 8, return_exceptions: bool = False) -> list[Any]: ...
    def paginate(self, resource: str, operation: str = "list", *, page_size: int = 200,
                 **filters: Any) -> Iterator[Any]: ...
    def existing(self, resource: str, parameters: Mapping[str, Any]) -> Any: ...
    def folders(self) -> Any: ...
    def push(self, folders: list[str], description: str = "", *, wait: bool = True, timeout: float = 1800,
             progress: Any = None) -> Any: ...
    def wait_job(self, job_id: str, *, timeout: float = 1800, progress: Any = None) -> Any: ...
    def check(self) -> Any: ...
    def close(self) -> None: ...
    def __enter__(self) -> Client: ...
    def __exit__(self, *exc: object) -> None: ...
    # resources: client.address.create(folder=..., ...)
    address: _AddressOps
    addressGroup: _AddressGroupOps
    antiSpywareProfile: _AntiSpywareProfileOps
    antiSpywareSignature: _AntiSpywareSignatureOps
    application: _ApplicationOps
    applicationFilter: _ApplicationFilterOps
    applicationGroup: _ApplicationGroupOps
    applicationOverrideRule: _ApplicationOverrideRuleOps
    authenticationPortal: _AuthenticationPortalOps
    authenticationProfile: _AuthenticationProfileOps
    authenticationRule: _AuthenticationRuleOps
    authenticationSequence: _AuthenticationSequenceOps
    autoTagAction: _AutoTagActionOps
    bandwidthAllocation: _BandwidthAllocationOps
    certificate: _CertificateOps
    certificateProfile: _CertificateProfileOps
    configVersion: _ConfigVersionOps
    decryptionExclusion: _DecryptionExclusionOps
    decryptionProfile: _DecryptionProfileOps
    decryptionRule: _DecryptionRuleOps
    dnsSecurityProfile: _DnsSecurityProfileOps
    dynamicUserGroup: _DynamicUserGroupOps
    externalDynamicList: _ExternalDynamicListOps
    fileBlockingProfile: _FileBlockingProfileOps
    folder: _FolderOps
    hipObject: _HipObjectOps
    hipProfile: _HipProfileOps
    httpHeaderProfile: _HttpHeaderProfileOps
    ikeCryptoProfile: _IkeCryptoProfileOps
    ikeGateway: _IkeGatewayOps
    infrastructureSetting: _InfrastructureSettingOps
    internalDnsServer: _InternalDnsServerOps
    ipsecCryptoProfile: _IpsecCryptoProfileOps
    ipsecTunnel: _IpsecTunnelOps
    job: _JobOps
    kerberosServerProfile: _KerberosServerProfileOps
    ldapServerProfile: _LdapServerProfileOps
    licenseType: _LicenseTypeOps
    localUser: _LocalUserOps
    localUserGroup: _LocalUserGroupOps
    location: _LocationOps
    mfaServer: _MfaServerOps
    mobileAgentAgentProfile: _MobileAgentAgentProfileOps
    mobileAgentAgentVersion: _MobileAgentAgentVersionOps
    mobileAgentAuthenticationSetting: _MobileAgentAuthenticationSettingOps
    mobileAgentEnable: _MobileAgentEnableOps
    mobileAgentGlobalSetting: _MobileAgentGlobalSettingOps
    mobileAgentInfrastructureSetting: _MobileAgentInfrastructureSettingOps
    mobileAgentLocation: _MobileAgentLocationOps
    mobileAgentTunnelProfile: _MobileAgentTunnelProfileOps
    mobileAgentUserAuthentication: _MobileAgentUserAuthenticationOps
    ocspResponder: _OcspResponderOps
    profileGroup: _ProfileGroupOps
    qosPolicyRule: _QosPolicyRuleOps
    qosProfile: _QosProfileOps
    quarantinedDevice: _QuarantinedDeviceOps
    radiusServerProfile: _RadiusServerProfileOps
    region: _RegionOps
    remoteNetwork: _RemoteNetworkOps
    samlServerProfile: _SamlServerProfileOps
    scepProfile: _ScepProfileOps
    schedule: _ScheduleOps
    securityRule: _SecurityRuleOps
    service: _ServiceOps
    serviceConnection: _ServiceConnectionOps
    serviceConnectionGroup: _ServiceConnectionGroupOps
    serviceGroup: _ServiceGroupOps
    snippet: _SnippetOps
    tacacsServerProfile: _TacacsServerProfileOps
    tag: _TagOps
    tlsServiceProfile: _TlsServiceProfileOps
    trafficSteeringRule: _TrafficSteeringRuleOps
    trustedCertificateAuthority: _TrustedCertificateAuthorityOps
    urlAccessProfile: _UrlAccessProfileOps
    urlCategory: _UrlCategoryOps
    urlFilteringCategory: _UrlFilteringCategoryOps
    vulnerabilityProtectionProfile: _VulnerabilityProtectionProfileOps
    vulnerabilityProtectionSignature: _VulnerabilityProtectionSignatureOps
    wildfireAntivirusProfile: _WildfireAntivirusProfileOps

class AsyncClient(_Base):
    def __init__(self, client_id: str | None = None, client_secret: str | None = None,
                 tsg_id: str | None = None, *, base_url: str | None = None, auth_url: str | None = None,
                 setup_url: str | None = None, profile: str | None = None, settings: Settings | None = None,
                 validate: bool = True, url_family: str = "legacy", rate_limit: float | None = None,
                 retry: t.RetryPolicy | None = None, transport: httpx.AsyncBaseTransport | None = None,
                 connect_timeout: float | None = None, read_timeout: float | None = None,
                 token_cache_file: str | None = None, catalog: Catalog | None = None) -> None: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def tokens(self) -> TokenManager: ...
    async def call(self, resource: str, operation: str, parameters: Mapping[str, Any] | None = None, /,
                   **params: Any) -> Any: ...
    async def run(self, spec: Mapping[str, Any]) -> Any: ...
    async def call_many(self, resource: str, operation: str, items: Iterable[Mapping[str, Any]], *,
                        concurrency: int = 8, return_exceptions: bool = False) -> list[Any]: ...
    def paginate(self, resource: str, operation: str = "list", *, page_size: int = 200,
                 **filters: Any) -> AsyncIterator[Any]: ...
    async def existing(self, resource: str, parameters: Mapping[str, Any]) -> Any: ...
    async def folders(self) -> Any: ...
    async def push(self, folders: list[str], description: str = "", *, wait: bool = True,
                   timeout: float = 1800, progress: Any = None) -> Any: ...
    async def wait_job(self, job_id: str, *, timeout: float = 1800, progress: Any = None) -> Any: ...
    async def check(self) -> Any: ...
    async def aclose(self) -> None: ...
    async def __aenter__(self) -> AsyncClient: ...
    async def __aexit__(self, *exc: object) -> None: ...
    # resources: client.address.create(folder=..., ...)
    address: _AsyncAddressOps
    addressGroup: _AsyncAddressGroupOps
    antiSpywareProfile: _AsyncAntiSpywareProfileOps
    antiSpywareSignature: _AsyncAntiSpywareSignatureOps
    application: _AsyncApplicationOps
    applicationFilter: _AsyncApplicationFilterOps
    applicationGroup: _AsyncApplicationGroupOps
    applicationOverrideRule: _AsyncApplicationOverrideRuleOps
    authenticationPortal: _AsyncAuthenticationPortalOps
    authenticationProfile: _AsyncAuthenticationProfileOps
    authenticationRule: _AsyncAuthenticationRuleOps
    authenticationSequence: _AsyncAuthenticationSequenceOps
    autoTagAction: _AsyncAutoTagActionOps
    bandwidthAllocation: _AsyncBandwidthAllocationOps
    certificate: _AsyncCertificateOps
    certificateProfile: _AsyncCertificateProfileOps
    configVersion: _AsyncConfigVersionOps
    decryptionExclusion: _AsyncDecryptionExclusionOps
    decryptionProfile: _AsyncDecryptionProfileOps
    decryptionRule: _AsyncDecryptionRuleOps
    dnsSecurityProfile: _AsyncDnsSecurityProfileOps
    dynamicUserGroup: _AsyncDynamicUserGroupOps
    externalDynamicList: _AsyncExternalDynamicListOps
    fileBlockingProfile: _AsyncFileBlockingProfileOps
    folder: _AsyncFolderOps
    hipObject: _AsyncHipObjectOps
    hipProfile: _AsyncHipProfileOps
    httpHeaderProfile: _AsyncHttpHeaderProfileOps
    ikeCryptoProfile: _AsyncIkeCryptoProfileOps
    ikeGateway: _AsyncIkeGatewayOps
    infrastructureSetting: _AsyncInfrastructureSettingOps
    internalDnsServer: _AsyncInternalDnsServerOps
    ipsecCryptoProfile: _AsyncIpsecCryptoProfileOps
    ipsecTunnel: _AsyncIpsecTunnelOps
    job: _AsyncJobOps
    kerberosServerProfile: _AsyncKerberosServerProfileOps
    ldapServerProfile: _AsyncLdapServerProfileOps
    licenseType: _AsyncLicenseTypeOps
    localUser: _AsyncLocalUserOps
    localUserGroup: _AsyncLocalUserGroupOps
    location: _AsyncLocationOps
    mfaServer: _AsyncMfaServerOps
    mobileAgentAgentProfile: _AsyncMobileAgentAgentProfileOps
    mobileAgentAgentVersion: _AsyncMobileAgentAgentVersionOps
    mobileAgentAuthenticationSetting: _AsyncMobileAgentAuthenticationSettingOps
    mobileAgentEnable: _AsyncMobileAgentEnableOps
    mobileAgentGlobalSetting: _AsyncMobileAgentGlobalSettingOps
    mobileAgentInfrastructureSetting: _AsyncMobileAgentInfrastructureSettingOps
    mobileAgentLocation: _AsyncMobileAgentLocationOps
    mobileAgentTunnelProfile: _AsyncMobileAgentTunnelProfileOps
    mobileAgentUserAuthentication: _AsyncMobileAgentUserAuthenticationOps
    ocspResponder: _AsyncOcspResponderOps
    profileGroup: _AsyncProfileGroupOps
    qosPolicyRule: _AsyncQosPolicyRuleOps
    qosProfile: _AsyncQosProfileOps
    quarantinedDevice: _AsyncQuarantinedDeviceOps
    radiusServerProfile: _AsyncRadiusServerProfileOps
    region: _AsyncRegionOps
    remoteNetwork: _AsyncRemoteNetworkOps
    samlServerProfile: _AsyncSamlServerProfileOps
    scepProfile: _AsyncScepProfileOps
    schedule: _AsyncScheduleOps
    securityRule: _AsyncSecurityRuleOps
    service: _AsyncServiceOps
    serviceConnection: _AsyncServiceConnectionOps
    serviceConnectionGroup: _AsyncServiceConnectionGroupOps
    serviceGroup: _AsyncServiceGroupOps
    snippet: _AsyncSnippetOps
    tacacsServerProfile: _AsyncTacacsServerProfileOps
    tag: _AsyncTagOps
    tlsServiceProfile: _AsyncTlsServiceProfileOps
    trafficSteeringRule: _AsyncTrafficSteeringRuleOps
    trustedCertificateAuthority: _AsyncTrustedCertificateAuthorityOps
    urlAccessProfile: _AsyncUrlAccessProfileOps
    urlCategory: _AsyncUrlCategoryOps
    urlFilteringCategory: _AsyncUrlFilteringCategoryOps
    vulnerabilityProtectionProfile: _AsyncVulnerabilityProtectionProfileOps
    vulnerabilityProtectionSignature: _AsyncVulnerabilityProtectionSignatureOps
    wildfireAntivirusProfile: _AsyncWildfireAntivirusProfileOps
