# Generated from the compiled catalog by sasekit.catalog.stubs (`sasekit catalog build`,
# or `python -m sasekit.catalog.stubs`): do not edit by hand.
"""The resource namespaces of Client and AsyncClient: one method per catalog operation."""

import builtins
from collections.abc import Mapping
from typing import Any, Literal, overload

class _AddressOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/addresses"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/addresses/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/addresses/{id}"""

class _AddressGroupOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/address-groups"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/address-groups/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/address-groups/{id}"""

class _AntiSpywareProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/anti-spyware-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/anti-spyware-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/anti-spyware-profiles/{id}"""

class _AntiSpywareSignatureOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/anti-spyware-signatures"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/anti-spyware-signatures/{id}"""

class _ApplicationOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/applications"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/applications/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/applications/{id}"""

class _ApplicationFilterOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/application-filters"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/application-filters/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/application-filters/{id}"""

class _ApplicationGroupOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/application-groups"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        members: builtins.list[str],
        name: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/application-groups"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/application-groups/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        entry: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/application-groups/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/application-groups/{id}"""

class _ApplicationOverrideRuleOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        position: Literal['pre', 'post'] | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/app-override-rules"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        application: str,
        name: str,
        port: int,
        protocol: Literal['tcp', 'udp'],
        position: Literal['pre', 'post'] | None = ...,
        description: str | None = ...,
        destination: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        group_tag: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        source: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        to: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/app-override-rules"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/app-override-rules/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        application: str,
        name: str,
        port: int,
        protocol: Literal['tcp', 'udp'],
        description: str | None = ...,
        destination: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        group_tag: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        source: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        to: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/app-override-rules/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/app-override-rules/{id}"""
    @overload
    def move(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def move(
        self,
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
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-portals"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-portals/{id}"""

class _AuthenticationProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/authentication-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-profiles/{id}"""

class _AuthenticationRuleOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        position: Literal['pre', 'post'] | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-rules"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        position: Literal['pre', 'post'] | None = ...,
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
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-rules/{id}"""
    @overload
    def move(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def move(
        self,
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
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-sequences"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        authentication_profiles: builtins.list[str] | None = ...,
        use_domain_find_profile: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/authentication-sequences"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/authentication-sequences/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        authentication_profiles: builtins.list[str] | None = ...,
        use_domain_find_profile: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/authentication-sequences/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-sequences/{id}"""

class _AutoTagActionOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/auto-tag-actions"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        name: str,
    ) -> Any:
        """DELETE /sse/config/v1/auto-tag-actions"""

class _BandwidthAllocationOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/bandwidth-allocations"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        allocated_bandwidth: float,
        name: str,
        qos: dict[str, Any] | None = ...,
        spn_name_list: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/bandwidth-allocations"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        allocated_bandwidth: float,
        name: str,
        qos: dict[str, Any] | None = ...,
        spn_name_list: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/bandwidth-allocations"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        name: str,
        spn_name_list: str,
    ) -> Any:
        """DELETE /sse/config/v1/bandwidth-allocations"""

class _CertificateOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/certificates"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/certificates/{id}"""
    # import: not a method name here; client.call('certificate', 'import', ...)

class _CertificateProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/certificate-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/certificate-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/certificate-profiles/{id}"""

class _ConfigVersionOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/config-versions"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        version: str,
    ) -> Any:
        """GET /sse/config/v1/config-versions/{version}"""
    @overload
    def getRunning(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def getRunning(
        self,
    ) -> Any:
        """GET /sse/config/v1/config-versions/running"""
    @overload
    def listSnapshots(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def listSnapshots(
        self,
    ) -> Any:
        """GET /sse/config/v1/snapshots"""
    @overload
    def load(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def load(
        self,
        *,
        version: float | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/config-versions:load"""
    @overload
    def push(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def push(
        self,
        *,
        folders: builtins.list[str],
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/config-versions/candidate:push"""
    @overload
    def rollbackCandidate(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def rollbackCandidate(
        self,
    ) -> Any:
        """DELETE /sse/config/v1/config-versions/candidate"""

class _DecryptionExclusionOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/decryption-exclusions"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/decryption-exclusions"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/decryption-exclusions/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/decryption-exclusions/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/decryption-exclusions/{id}"""

class _DecryptionProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/decryption-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/decryption-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/decryption-profiles/{id}"""

class _DecryptionRuleOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        position: Literal['pre', 'post'] | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/decryption-rules"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        action: Literal['decrypt', 'no-decrypt'],
        category: builtins.list[str],
        destination: builtins.list[str],
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        source_user: builtins.list[str],
        to: builtins.list[str],
        position: Literal['pre', 'post'] | None = ...,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/decryption-rules/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/decryption-rules/{id}"""
    @overload
    def move(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def move(
        self,
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
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/dns-security-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        botnet_domains: dict[str, Any] | None = ...,
        description: str | None = ...,
        name: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/dns-security-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/dns-security-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        botnet_domains: dict[str, Any] | None = ...,
        description: str | None = ...,
        name: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/dns-security-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/dns-security-profiles/{id}"""

class _DynamicUserGroupOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/dynamic-user-groups"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        filter: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/dynamic-user-groups"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/dynamic-user-groups/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        filter: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/dynamic-user-groups/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/dynamic-user-groups/{id}"""

class _ExternalDynamicListOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/external-dynamic-lists"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/external-dynamic-lists"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/external-dynamic-lists/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/external-dynamic-lists/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/external-dynamic-lists/{id}"""

class _FileBlockingProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/file-blocking-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/file-blocking-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/file-blocking-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/file-blocking-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/file-blocking-profiles/{id}"""

class _FolderOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /config/setup/v1/folders"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        parent: str,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        snippets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/folders"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/folders/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /config/setup/v1/folders/{id}"""

class _HipObjectOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/hip-objects"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/hip-objects/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/hip-objects/{id}"""

class _HipProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/hip-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        match: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/hip-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/hip-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        match: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/hip-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/hip-profiles/{id}"""

class _HttpHeaderProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/http-header-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        http_header_insertion: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/http-header-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/http-header-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        http_header_insertion: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/http-header-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/http-header-profiles/{id}"""

class _IkeCryptoProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-crypto-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-crypto-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ike-crypto-profiles/{id}"""

class _IkeGatewayOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-gateways"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-gateways/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ike-gateways/{id}"""

class _InfrastructureSettingOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/shared-infrastructure-settings"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        egress_ip_notification_url: str | None = ...,
        infra_bgp_as: str | None = ...,
        infrastructure_subnet: str | None = ...,
        infrastructure_subnet_ipv6: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/shared-infrastructure-settings"""
    @overload
    def enable(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def enable(
        self,
    ) -> Any:
        """POST /sse/config/v1/enable"""

class _InternalDnsServerOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/internal-dns-servers"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        domain_name: builtins.list[str],
        name: str,
        primary: str,
        secondary: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/internal-dns-servers"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/internal-dns-servers/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        domain_name: builtins.list[str],
        name: str,
        primary: str,
        secondary: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/internal-dns-servers/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/internal-dns-servers/{id}"""

class _IpsecCryptoProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-crypto-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-crypto-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ipsec-crypto-profiles/{id}"""

class _IpsecTunnelOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-tunnels"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-tunnels/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ipsec-tunnels/{id}"""

class _JobOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
    ) -> Any:
        """GET /sse/config/v1/jobs"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/jobs/{id}"""

class _KerberosServerProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        snippet: str,
        device: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/kerberos-server-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        snippet: str,
        device: str,
        server: builtins.list[dict[str, Any]],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/kerberos-server-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/kerberos-server-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        server: builtins.list[dict[str, Any]],
        folder: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/kerberos-server-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/kerberos-server-profiles/{id}"""

class _LdapServerProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ldap-server-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/ldap-server-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ldap-server-profiles/{id}"""

class _LicenseTypeOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
    ) -> Any:
        """GET /sse/config/v1/license-types"""

class _LocalUserOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/local-users"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        password: str,
        disabled: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/local-users"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/local-users/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        password: str,
        disabled: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/local-users/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/local-users/{id}"""

class _LocalUserGroupOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/local-user-groups"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/local-user-groups"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/local-user-groups/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/local-user-groups/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/local-user-groups/{id}"""

class _LocationOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
    ) -> Any:
        """GET /sse/config/v1/locations"""

class _MfaServerOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mfa-servers"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        mfa_cert_profile: str,
        name: str,
        position: Literal['pre', 'post'] | None = ...,
        mfa_vendor_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mfa-servers"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/mfa-servers/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        mfa_cert_profile: str,
        name: str,
        mfa_vendor_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mfa-servers/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/mfa-servers/{id}"""

class _MobileAgentAgentProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/agent-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/agent-profiles"""

class _MobileAgentAgentVersionOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/agent-versions"""

class _MobileAgentAuthenticationSettingOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/authentication-settings"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        authentication_profile: str,
        user_credential_or_client_cert_required: bool,
        os: Literal['Any', 'Android', 'Browser', 'Chrome', 'IoT', 'Linux', 'Mac', 'Satellite', 'Windows', 'WindowsUWP', 'iOS'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/authentication-settings"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        name: str,
        folder: str,
        authentication_profile: str,
        user_credential_or_client_cert_required: bool,
        os: Literal['Any', 'Android', 'Browser', 'Chrome', 'IoT', 'Linux', 'Mac', 'Satellite', 'Windows', 'WindowsUWP', 'iOS'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/authentication-settings"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/authentication-settings"""

class _MobileAgentEnableOps:
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/enable"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/enable"""

class _MobileAgentGlobalSettingOps:
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/global-settings"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        agent_version: str | None = ...,
        manual_gateway: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/global-settings"""

class _MobileAgentInfrastructureSettingOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/infrastructure-settings"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/infrastructure-settings"""

class _MobileAgentLocationOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/locations"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        folder: str,
        region: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/locations"""

class _MobileAgentTunnelProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/tunnel-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/tunnel-profiles"""

class _MobileAgentUserAuthenticationOps:
    @overload
    def move(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def move(
        self,
        *,
        folder: str,
        name: str,
        destination: str | None = ...,
        where: Literal['before', 'after', 'top', 'bottom'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/user-authentication:move"""

class _OcspResponderOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ocsp-responder"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        host_name: str,
        name: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/ocsp-responder"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/ocsp-responder/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        host_name: str,
        name: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/ocsp-responder/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ocsp-responder/{id}"""

class _ProfileGroupOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/profile-groups"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/profile-groups/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/profile-groups/{id}"""

class _QosPolicyRuleOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
        position: Literal['pre', 'post'] | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-policy-rules"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        action: dict[str, Any],
        name: str,
        position: Literal['pre', 'post'] | None = ...,
        description: str | None = ...,
        dscp_tos: dict[str, Any] | None = ...,
        schedule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/qos-policy-rules"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-policy-rules/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/qos-policy-rules/{id}"""
    @overload
    def move(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def move(
        self,
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
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        aggregate_bandwidth: dict[str, Any] | None = ...,
        class_bandwidth_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/qos-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        aggregate_bandwidth: dict[str, Any] | None = ...,
        class_bandwidth_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/qos-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/qos-profiles/{id}"""

class _QuarantinedDeviceOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        host_id: str | None = ...,
        serial_number: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/quarantined-devices"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        host_id: str,
        ip: str | None = ...,
        ipv6: str | None = ...,
        serial_number: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/quarantined-devices"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        host_id: str,
    ) -> Any:
        """DELETE /sse/config/v1/quarantined-devices"""

class _RadiusServerProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        snippet: str,
        device: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/radius-server-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/radius-server-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        server: builtins.list[dict[str, Any]],
        protocol: dict[str, Any] | None = ...,
        retries: int | None = ...,
        timeout: int | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/radius-server-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/radius-server-profiles/{id}"""

class _RegionOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/regions"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        address: builtins.list[str] | None = ...,
        geo_location: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/regions"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/regions/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        address: builtins.list[str] | None = ...,
        geo_location: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/regions/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/regions/{id}"""

class _RemoteNetworkOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/remote-networks"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        region: str,
        ecmp_load_balancing: Literal['enable', 'disable'] | None = ...,
        ecmp_tunnels: builtins.list[dict[str, Any]] | None = ...,
        ipsec_tunnel: str | None = ...,
        license_type: str | None = ...,
        protocol: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        spn_name: str | None = ...,
        subnets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/remote-networks"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/remote-networks/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        region: str,
        ecmp_load_balancing: Literal['enable', 'disable'] | None = ...,
        ecmp_tunnels: builtins.list[dict[str, Any]] | None = ...,
        ipsec_tunnel: str | None = ...,
        license_type: str | None = ...,
        protocol: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        spn_name: str | None = ...,
        subnets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/remote-networks/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/remote-networks/{id}"""

class _SamlServerProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/saml-server-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/saml-server-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/saml-server-profiles/{id}"""

class _ScepProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/scep-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/scep-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/scep-profiles/{id}"""

class _ScheduleOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/schedules"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        schedule_type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/schedules"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/schedules/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        schedule_type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/schedules/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/schedules/{id}"""

class _SecurityRuleOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        position: Literal['pre', 'post'] | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/security-rules"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        action: Literal['allow', 'deny', 'drop', 'reset-client', 'reset-server', 'reset-both'],
        application: builtins.list[str],
        destination: builtins.list[str],
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        to: builtins.list[str],
        position: Literal['pre', 'post'] | None = ...,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/security-rules/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        action: Literal['allow', 'deny', 'drop', 'reset-client', 'reset-server', 'reset-both'],
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/security-rules/{id}"""
    @overload
    def move(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def move(
        self,
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
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/services"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        protocol: dict[str, Any],
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/services"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/services/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        protocol: dict[str, Any],
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/services/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/services/{id}"""

class _ServiceConnectionOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/service-connections"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/service-connections/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/service-connections/{id}"""
    @overload
    def getBgpRouting(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def getBgpRouting(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        position: Literal['pre', 'post'] | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/bgp-routing"""
    @overload
    def updateBgpRouting(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def updateBgpRouting(
        self,
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
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/service-connection-groups"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        target: builtins.list[str],
        disable_snat: bool | None = ...,
        pbf_only: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/service-connection-groups"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/service-connection-groups/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        target: builtins.list[str],
        disable_snat: bool | None = ...,
        pbf_only: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/service-connection-groups/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/service-connection-groups/{id}"""

class _ServiceGroupOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/service-groups"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        members: builtins.list[str],
        name: str,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/service-groups"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/service-groups/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        members: builtins.list[str],
        name: str,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/service-groups/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/service-groups/{id}"""

class _SnippetOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /config/setup/v1/snippets"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippets"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/snippets/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/snippets/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /config/setup/v1/snippets/{id}"""

class _TacacsServerProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        snippet: str,
        device: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tacacs-server-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/tacacs-server-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        protocol: Literal['CHAP', 'PAP'],
        server: builtins.list[dict[str, Any]],
        timeout: int | None = ...,
        use_single_connection: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/tacacs-server-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/tacacs-server-profiles/{id}"""

class _TagOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tags"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        color: Literal['Red', 'Green', 'Blue', 'Yellow', 'Copper', 'Orange', 'Purple', 'Gray', 'Light Green', 'Cyan', 'Light Gray', 'Blue Gray', 'Lime', 'Black', 'Gold', 'Brown', 'Olive', 'Maroon', 'Red-Orange', 'Yellow-Orange', 'Forest Green', 'Turquoise Blue', 'Azure Blue', 'Cerulean Blue', 'Midnight Blue', 'Medium Blue', 'Cobalt Blue', 'Violet Blue', 'Blue Violet', 'Medium Violet', 'Medium Rose', 'Lavender', 'Orchid', 'Thistle', 'Peach', 'Salmon', 'Magenta', 'Red Violet', 'Mahogany', 'Burnt Sienna', 'Chestnut'] | None = ...,
        comments: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/tags"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/tags/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        color: Literal['Red', 'Green', 'Blue', 'Yellow', 'Copper', 'Orange', 'Purple', 'Gray', 'Light Green', 'Cyan', 'Light Gray', 'Blue Gray', 'Lime', 'Black', 'Gold', 'Brown', 'Olive', 'Maroon', 'Red-Orange', 'Yellow-Orange', 'Forest Green', 'Turquoise Blue', 'Azure Blue', 'Cerulean Blue', 'Midnight Blue', 'Medium Blue', 'Cobalt Blue', 'Violet Blue', 'Blue Violet', 'Medium Violet', 'Medium Rose', 'Lavender', 'Orchid', 'Thistle', 'Peach', 'Salmon', 'Magenta', 'Red Violet', 'Mahogany', 'Burnt Sienna', 'Chestnut'] | None = ...,
        comments: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/tags/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/tags/{id}"""

class _TlsServiceProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tls-service-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        certificate: str,
        name: str,
        protocol_settings: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/tls-service-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tls-service-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/tls-service-profiles/{id}"""

class _TrafficSteeringRuleOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/traffic-steering-rules"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        action: dict[str, Any] | None = ...,
        category: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        service: builtins.list[str] | None = ...,
        source: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/traffic-steering-rules"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/traffic-steering-rules/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        action: dict[str, Any] | None = ...,
        category: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        service: builtins.list[str] | None = ...,
        source: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/traffic-steering-rules/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/traffic-steering-rules/{id}"""

class _TrustedCertificateAuthorityOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/trusted-certificate-authorities"""

class _UrlAccessProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/url-access-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/url-access-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/url-access-profiles/{id}"""

class _UrlCategoryOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/url-categories"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        list: builtins.list[str] | None = ...,
        type: Literal['URL List', 'Category Match'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/url-categories"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/url-categories/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        list: builtins.list[str] | None = ...,
        type: Literal['URL List', 'Category Match'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/url-categories/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/url-categories/{id}"""

class _UrlFilteringCategoryOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        name: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/url-filtering-categories"""

class _VulnerabilityProtectionProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/vulnerability-protection-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/vulnerability-protection-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/vulnerability-protection-profiles/{id}"""

class _VulnerabilityProtectionSignatureOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-signatures"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-signatures/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/vulnerability-protection-signatures/{id}"""

class _WildfireAntivirusProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/wildfire-anti-virus-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
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
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/wildfire-anti-virus-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
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
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/wildfire-anti-virus-profiles/{id}"""

class _AsyncAddressOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/addresses"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/addresses/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/addresses/{id}"""

class _AsyncAddressGroupOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/address-groups"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/address-groups/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/address-groups/{id}"""

class _AsyncAntiSpywareProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/anti-spyware-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/anti-spyware-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/anti-spyware-profiles/{id}"""

class _AsyncAntiSpywareSignatureOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/anti-spyware-signatures"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/anti-spyware-signatures/{id}"""

class _AsyncApplicationOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/applications"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/applications/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/applications/{id}"""

class _AsyncApplicationFilterOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/application-filters"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/application-filters/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/application-filters/{id}"""

class _AsyncApplicationGroupOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/application-groups"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        members: builtins.list[str],
        name: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/application-groups"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/application-groups/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        entry: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/application-groups/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/application-groups/{id}"""

class _AsyncApplicationOverrideRuleOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        position: Literal['pre', 'post'] | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/app-override-rules"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        application: str,
        name: str,
        port: int,
        protocol: Literal['tcp', 'udp'],
        position: Literal['pre', 'post'] | None = ...,
        description: str | None = ...,
        destination: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        group_tag: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        source: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        to: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/app-override-rules"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/app-override-rules/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        application: str,
        name: str,
        port: int,
        protocol: Literal['tcp', 'udp'],
        description: str | None = ...,
        destination: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        group_tag: str | None = ...,
        negate_destination: bool | None = ...,
        negate_source: bool | None = ...,
        source: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        to: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/app-override-rules/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/app-override-rules/{id}"""
    @overload
    async def move(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def move(
        self,
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
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-portals"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-portals/{id}"""

class _AsyncAuthenticationProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/authentication-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-profiles/{id}"""

class _AsyncAuthenticationRuleOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        position: Literal['pre', 'post'] | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-rules"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        position: Literal['pre', 'post'] | None = ...,
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
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-rules/{id}"""
    @overload
    async def move(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def move(
        self,
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
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/authentication-sequences"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        authentication_profiles: builtins.list[str] | None = ...,
        use_domain_find_profile: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/authentication-sequences"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/authentication-sequences/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        authentication_profiles: builtins.list[str] | None = ...,
        use_domain_find_profile: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/authentication-sequences/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/authentication-sequences/{id}"""

class _AsyncAutoTagActionOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/auto-tag-actions"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        name: str,
    ) -> Any:
        """DELETE /sse/config/v1/auto-tag-actions"""

class _AsyncBandwidthAllocationOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/bandwidth-allocations"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        allocated_bandwidth: float,
        name: str,
        qos: dict[str, Any] | None = ...,
        spn_name_list: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/bandwidth-allocations"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        allocated_bandwidth: float,
        name: str,
        qos: dict[str, Any] | None = ...,
        spn_name_list: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/bandwidth-allocations"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        name: str,
        spn_name_list: str,
    ) -> Any:
        """DELETE /sse/config/v1/bandwidth-allocations"""

class _AsyncCertificateOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/certificates"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/certificates/{id}"""
    # import: not a method name here; client.call('certificate', 'import', ...)

class _AsyncCertificateProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/certificate-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/certificate-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/certificate-profiles/{id}"""

class _AsyncConfigVersionOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/config-versions"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        version: str,
    ) -> Any:
        """GET /sse/config/v1/config-versions/{version}"""
    @overload
    async def getRunning(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def getRunning(
        self,
    ) -> Any:
        """GET /sse/config/v1/config-versions/running"""
    @overload
    async def listSnapshots(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def listSnapshots(
        self,
    ) -> Any:
        """GET /sse/config/v1/snapshots"""
    @overload
    async def load(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def load(
        self,
        *,
        version: float | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/config-versions:load"""
    @overload
    async def push(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def push(
        self,
        *,
        folders: builtins.list[str],
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/config-versions/candidate:push"""
    @overload
    async def rollbackCandidate(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def rollbackCandidate(
        self,
    ) -> Any:
        """DELETE /sse/config/v1/config-versions/candidate"""

class _AsyncDecryptionExclusionOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/decryption-exclusions"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/decryption-exclusions"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/decryption-exclusions/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/decryption-exclusions/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/decryption-exclusions/{id}"""

class _AsyncDecryptionProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/decryption-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/decryption-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/decryption-profiles/{id}"""

class _AsyncDecryptionRuleOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        position: Literal['pre', 'post'] | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/decryption-rules"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        action: Literal['decrypt', 'no-decrypt'],
        category: builtins.list[str],
        destination: builtins.list[str],
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        source_user: builtins.list[str],
        to: builtins.list[str],
        position: Literal['pre', 'post'] | None = ...,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/decryption-rules/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/decryption-rules/{id}"""
    @overload
    async def move(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def move(
        self,
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
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/dns-security-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        botnet_domains: dict[str, Any] | None = ...,
        description: str | None = ...,
        name: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/dns-security-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/dns-security-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        botnet_domains: dict[str, Any] | None = ...,
        description: str | None = ...,
        name: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/dns-security-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/dns-security-profiles/{id}"""

class _AsyncDynamicUserGroupOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/dynamic-user-groups"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        filter: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/dynamic-user-groups"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/dynamic-user-groups/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        filter: str,
        name: str,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/dynamic-user-groups/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/dynamic-user-groups/{id}"""

class _AsyncExternalDynamicListOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/external-dynamic-lists"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/external-dynamic-lists"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/external-dynamic-lists/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/external-dynamic-lists/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/external-dynamic-lists/{id}"""

class _AsyncFileBlockingProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/file-blocking-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/file-blocking-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/file-blocking-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/file-blocking-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/file-blocking-profiles/{id}"""

class _AsyncFolderOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /config/setup/v1/folders"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        parent: str,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        snippets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/folders"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/folders/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /config/setup/v1/folders/{id}"""

class _AsyncHipObjectOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/hip-objects"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/hip-objects/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/hip-objects/{id}"""

class _AsyncHipProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/hip-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        match: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/hip-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/hip-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        match: str,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/hip-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/hip-profiles/{id}"""

class _AsyncHttpHeaderProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/http-header-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        http_header_insertion: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/http-header-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/http-header-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        http_header_insertion: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/http-header-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/http-header-profiles/{id}"""

class _AsyncIkeCryptoProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-crypto-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-crypto-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ike-crypto-profiles/{id}"""

class _AsyncIkeGatewayOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-gateways"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ike-gateways/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ike-gateways/{id}"""

class _AsyncInfrastructureSettingOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/shared-infrastructure-settings"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        egress_ip_notification_url: str | None = ...,
        infra_bgp_as: str | None = ...,
        infrastructure_subnet: str | None = ...,
        infrastructure_subnet_ipv6: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/shared-infrastructure-settings"""
    @overload
    async def enable(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def enable(
        self,
    ) -> Any:
        """POST /sse/config/v1/enable"""

class _AsyncInternalDnsServerOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/internal-dns-servers"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        domain_name: builtins.list[str],
        name: str,
        primary: str,
        secondary: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/internal-dns-servers"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/internal-dns-servers/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        domain_name: builtins.list[str],
        name: str,
        primary: str,
        secondary: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/internal-dns-servers/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/internal-dns-servers/{id}"""

class _AsyncIpsecCryptoProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-crypto-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-crypto-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ipsec-crypto-profiles/{id}"""

class _AsyncIpsecTunnelOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-tunnels"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ipsec-tunnels/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ipsec-tunnels/{id}"""

class _AsyncJobOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
    ) -> Any:
        """GET /sse/config/v1/jobs"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/jobs/{id}"""

class _AsyncKerberosServerProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        snippet: str,
        device: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/kerberos-server-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        snippet: str,
        device: str,
        server: builtins.list[dict[str, Any]],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/kerberos-server-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/kerberos-server-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        server: builtins.list[dict[str, Any]],
        folder: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/kerberos-server-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/kerberos-server-profiles/{id}"""

class _AsyncLdapServerProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ldap-server-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/ldap-server-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ldap-server-profiles/{id}"""

class _AsyncLicenseTypeOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
    ) -> Any:
        """GET /sse/config/v1/license-types"""

class _AsyncLocalUserOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/local-users"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        password: str,
        disabled: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/local-users"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/local-users/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        password: str,
        disabled: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/local-users/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/local-users/{id}"""

class _AsyncLocalUserGroupOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/local-user-groups"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/local-user-groups"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/local-user-groups/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/local-user-groups/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/local-user-groups/{id}"""

class _AsyncLocationOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
    ) -> Any:
        """GET /sse/config/v1/locations"""

class _AsyncMfaServerOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mfa-servers"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        mfa_cert_profile: str,
        name: str,
        position: Literal['pre', 'post'] | None = ...,
        mfa_vendor_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mfa-servers"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/mfa-servers/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        mfa_cert_profile: str,
        name: str,
        mfa_vendor_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mfa-servers/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/mfa-servers/{id}"""

class _AsyncMobileAgentAgentProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/agent-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/agent-profiles"""

class _AsyncMobileAgentAgentVersionOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/agent-versions"""

class _AsyncMobileAgentAuthenticationSettingOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/authentication-settings"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        authentication_profile: str,
        user_credential_or_client_cert_required: bool,
        os: Literal['Any', 'Android', 'Browser', 'Chrome', 'IoT', 'Linux', 'Mac', 'Satellite', 'Windows', 'WindowsUWP', 'iOS'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/authentication-settings"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        name: str,
        folder: str,
        authentication_profile: str,
        user_credential_or_client_cert_required: bool,
        os: Literal['Any', 'Android', 'Browser', 'Chrome', 'IoT', 'Linux', 'Mac', 'Satellite', 'Windows', 'WindowsUWP', 'iOS'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/authentication-settings"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/authentication-settings"""

class _AsyncMobileAgentEnableOps:
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/enable"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/enable"""

class _AsyncMobileAgentGlobalSettingOps:
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/global-settings"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        agent_version: str | None = ...,
        manual_gateway: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/global-settings"""

class _AsyncMobileAgentInfrastructureSettingOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/infrastructure-settings"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/infrastructure-settings"""

class _AsyncMobileAgentLocationOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/locations"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        folder: str,
        region: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/mobile-agent/locations"""

class _AsyncMobileAgentTunnelProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/mobile-agent/tunnel-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        name: str,
        folder: str,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/tunnel-profiles"""

class _AsyncMobileAgentUserAuthenticationOps:
    @overload
    async def move(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def move(
        self,
        *,
        folder: str,
        name: str,
        destination: str | None = ...,
        where: Literal['before', 'after', 'top', 'bottom'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/mobile-agent/user-authentication:move"""

class _AsyncOcspResponderOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/ocsp-responder"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        host_name: str,
        name: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/ocsp-responder"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/ocsp-responder/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        host_name: str,
        name: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/ocsp-responder/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/ocsp-responder/{id}"""

class _AsyncProfileGroupOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/profile-groups"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/profile-groups/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/profile-groups/{id}"""

class _AsyncQosPolicyRuleOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
        position: Literal['pre', 'post'] | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-policy-rules"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        action: dict[str, Any],
        name: str,
        position: Literal['pre', 'post'] | None = ...,
        description: str | None = ...,
        dscp_tos: dict[str, Any] | None = ...,
        schedule: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/qos-policy-rules"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-policy-rules/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/qos-policy-rules/{id}"""
    @overload
    async def move(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def move(
        self,
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
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        aggregate_bandwidth: dict[str, Any] | None = ...,
        class_bandwidth_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/qos-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/qos-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        aggregate_bandwidth: dict[str, Any] | None = ...,
        class_bandwidth_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/qos-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/qos-profiles/{id}"""

class _AsyncQuarantinedDeviceOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        host_id: str | None = ...,
        serial_number: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/quarantined-devices"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        host_id: str,
        ip: str | None = ...,
        ipv6: str | None = ...,
        serial_number: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/quarantined-devices"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        host_id: str,
    ) -> Any:
        """DELETE /sse/config/v1/quarantined-devices"""

class _AsyncRadiusServerProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        snippet: str,
        device: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/radius-server-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/radius-server-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        server: builtins.list[dict[str, Any]],
        protocol: dict[str, Any] | None = ...,
        retries: int | None = ...,
        timeout: int | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/radius-server-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/radius-server-profiles/{id}"""

class _AsyncRegionOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/regions"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        address: builtins.list[str] | None = ...,
        geo_location: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/regions"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/regions/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        address: builtins.list[str] | None = ...,
        geo_location: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/regions/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/regions/{id}"""

class _AsyncRemoteNetworkOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/remote-networks"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        region: str,
        ecmp_load_balancing: Literal['enable', 'disable'] | None = ...,
        ecmp_tunnels: builtins.list[dict[str, Any]] | None = ...,
        ipsec_tunnel: str | None = ...,
        license_type: str | None = ...,
        protocol: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        spn_name: str | None = ...,
        subnets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/remote-networks"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/remote-networks/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        region: str,
        ecmp_load_balancing: Literal['enable', 'disable'] | None = ...,
        ecmp_tunnels: builtins.list[dict[str, Any]] | None = ...,
        ipsec_tunnel: str | None = ...,
        license_type: str | None = ...,
        protocol: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        spn_name: str | None = ...,
        subnets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/remote-networks/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/remote-networks/{id}"""

class _AsyncSamlServerProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/saml-server-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/saml-server-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/saml-server-profiles/{id}"""

class _AsyncScepProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/scep-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/scep-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/scep-profiles/{id}"""

class _AsyncScheduleOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/schedules"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        schedule_type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/schedules"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/schedules/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        schedule_type: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/schedules/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/schedules/{id}"""

class _AsyncSecurityRuleOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        position: Literal['pre', 'post'] | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/security-rules"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        action: Literal['allow', 'deny', 'drop', 'reset-client', 'reset-server', 'reset-both'],
        application: builtins.list[str],
        destination: builtins.list[str],
        name: str,
        service: builtins.list[str],
        source: builtins.list[str],
        to: builtins.list[str],
        position: Literal['pre', 'post'] | None = ...,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/security-rules/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        action: Literal['allow', 'deny', 'drop', 'reset-client', 'reset-server', 'reset-both'],
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/security-rules/{id}"""
    @overload
    async def move(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def move(
        self,
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
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/services"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        protocol: dict[str, Any],
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/services"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/services/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        protocol: dict[str, Any],
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/services/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/services/{id}"""

class _AsyncServiceConnectionOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/service-connections"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/service-connections/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/service-connections/{id}"""
    @overload
    async def getBgpRouting(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def getBgpRouting(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        position: Literal['pre', 'post'] | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/bgp-routing"""
    @overload
    async def updateBgpRouting(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def updateBgpRouting(
        self,
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
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/service-connection-groups"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        target: builtins.list[str],
        disable_snat: bool | None = ...,
        pbf_only: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/service-connection-groups"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/service-connection-groups/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        target: builtins.list[str],
        disable_snat: bool | None = ...,
        pbf_only: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/service-connection-groups/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/service-connection-groups/{id}"""

class _AsyncServiceGroupOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/service-groups"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        members: builtins.list[str],
        name: str,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/service-groups"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/service-groups/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        members: builtins.list[str],
        name: str,
        tag: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/service-groups/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/service-groups/{id}"""

class _AsyncSnippetOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /config/setup/v1/snippets"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippets"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/snippets/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/snippets/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /config/setup/v1/snippets/{id}"""

class _AsyncTacacsServerProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        snippet: str,
        device: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tacacs-server-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/tacacs-server-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        protocol: Literal['CHAP', 'PAP'],
        server: builtins.list[dict[str, Any]],
        timeout: int | None = ...,
        use_single_connection: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/tacacs-server-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/tacacs-server-profiles/{id}"""

class _AsyncTagOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tags"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        color: Literal['Red', 'Green', 'Blue', 'Yellow', 'Copper', 'Orange', 'Purple', 'Gray', 'Light Green', 'Cyan', 'Light Gray', 'Blue Gray', 'Lime', 'Black', 'Gold', 'Brown', 'Olive', 'Maroon', 'Red-Orange', 'Yellow-Orange', 'Forest Green', 'Turquoise Blue', 'Azure Blue', 'Cerulean Blue', 'Midnight Blue', 'Medium Blue', 'Cobalt Blue', 'Violet Blue', 'Blue Violet', 'Medium Violet', 'Medium Rose', 'Lavender', 'Orchid', 'Thistle', 'Peach', 'Salmon', 'Magenta', 'Red Violet', 'Mahogany', 'Burnt Sienna', 'Chestnut'] | None = ...,
        comments: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/tags"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/tags/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        color: Literal['Red', 'Green', 'Blue', 'Yellow', 'Copper', 'Orange', 'Purple', 'Gray', 'Light Green', 'Cyan', 'Light Gray', 'Blue Gray', 'Lime', 'Black', 'Gold', 'Brown', 'Olive', 'Maroon', 'Red-Orange', 'Yellow-Orange', 'Forest Green', 'Turquoise Blue', 'Azure Blue', 'Cerulean Blue', 'Midnight Blue', 'Medium Blue', 'Cobalt Blue', 'Violet Blue', 'Blue Violet', 'Medium Violet', 'Medium Rose', 'Lavender', 'Orchid', 'Thistle', 'Peach', 'Salmon', 'Magenta', 'Red Violet', 'Mahogany', 'Burnt Sienna', 'Chestnut'] | None = ...,
        comments: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/tags/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/tags/{id}"""

class _AsyncTlsServiceProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tls-service-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        certificate: str,
        name: str,
        protocol_settings: dict[str, Any],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/tls-service-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
        folder: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tls-service-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/tls-service-profiles/{id}"""

class _AsyncTrafficSteeringRuleOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/traffic-steering-rules"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        action: dict[str, Any] | None = ...,
        category: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        service: builtins.list[str] | None = ...,
        source: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/traffic-steering-rules"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/traffic-steering-rules/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        action: dict[str, Any] | None = ...,
        category: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        service: builtins.list[str] | None = ...,
        source: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/traffic-steering-rules/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/traffic-steering-rules/{id}"""

class _AsyncTrustedCertificateAuthorityOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/trusted-certificate-authorities"""

class _AsyncUrlAccessProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/url-access-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/url-access-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/url-access-profiles/{id}"""

class _AsyncUrlCategoryOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/url-categories"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        list: builtins.list[str] | None = ...,
        type: Literal['URL List', 'Category Match'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/url-categories"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/url-categories/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        list: builtins.list[str] | None = ...,
        type: Literal['URL List', 'Category Match'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/url-categories/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/url-categories/{id}"""

class _AsyncUrlFilteringCategoryOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        name: str,
        limit: float | None = ...,
        offset: float | None = ...,
    ) -> Any:
        """GET /sse/config/v1/url-filtering-categories"""

class _AsyncVulnerabilityProtectionProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /sse/config/v1/vulnerability-protection-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        description: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        threat_exception: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /sse/config/v1/vulnerability-protection-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/vulnerability-protection-profiles/{id}"""

class _AsyncVulnerabilityProtectionSignatureOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-signatures"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/vulnerability-protection-signatures/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/vulnerability-protection-signatures/{id}"""

class _AsyncWildfireAntivirusProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str,
        limit: float | None = ...,
        offset: float | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/wildfire-anti-virus-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
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
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /sse/config/v1/wildfire-anti-virus-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
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
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> Any:
        """DELETE /sse/config/v1/wildfire-anti-virus-profiles/{id}"""

class Resources:
    # client.address.create(folder=..., ...)
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

class AsyncResources:
    # client.address.create(folder=..., ...)
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
