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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/address-groups/{id}"""

class _AdvancedDeviceObjectOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/objects/v1/advanced-device-objects"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/objects/v1/advanced-device-objects"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/objects/v1/advanced-device-objects/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/objects/v1/advanced-device-objects/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/objects/v1/advanced-device-objects/{id}"""
    @overload
    def deleteByName(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def deleteByName(
        self,
        *,
        name: builtins.list[str],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/objects/v1/advanced-device-objects"""
    @overload
    def updateByName(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def updateByName(
        self,
        *,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/objects/v1/advanced-device-objects"""

class _AggregateInterfaceOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/aggregate-interfaces"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        default_value: str | None = ...,
        comment: str | None = ...,
        layer2: dict[str, Any] | None = ...,
        layer3: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/aggregate-interfaces"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/aggregate-interfaces/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        default_value: str | None = ...,
        comment: str | None = ...,
        layer2: dict[str, Any] | None = ...,
        layer3: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/aggregate-interfaces/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/aggregate-interfaces/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/security/v1/anti-spyware-signatures/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        threat_id: int,
        threatname: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        entry: dict[str, Any] | None = ...,
        members: builtins.list[str] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/identity/v1/authentication-portals/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/identity/v1/authentication-rules/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/auto-tag-actions"""

class _AutoVpnClusterOps:
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
        """GET /config/network/v1/auto-vpn-clusters"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str | None = ...,
        enable_sdwan: bool | None = ...,
        enable_mesh_between_hubs: bool | None = ...,
        enable_mesh_interconnect: bool | None = ...,
        type: Literal['hub-spoke', 'mesh'] | None = ...,
        branches: builtins.list[dict[str, Any]] | None = ...,
        gateways: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/auto-vpn-clusters"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/auto-vpn-clusters/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: str | None = ...,
        enable_sdwan: bool | None = ...,
        enable_mesh_between_hubs: bool | None = ...,
        enable_mesh_interconnect: bool | None = ...,
        type: Literal['hub-spoke', 'mesh'] | None = ...,
        branches: builtins.list[dict[str, Any]] | None = ...,
        gateways: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/auto-vpn-clusters/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/auto-vpn-clusters/{id}"""

class _AutoVpnMonitorOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
    ) -> Any:
        """GET /config/network/v1/auto-vpn-monitor"""

class _AutoVpnPushOps:
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        auto_vpn_devices: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/auto-vpn-push"""

class _AutoVpnSettingOps:
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
    ) -> Any:
        """GET /config/network/v1/auto-vpn-settings"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        vpn_address_pool: builtins.list[str],
        as_range: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        enable_mesh_between_hubs: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/auto-vpn-settings"""

class _BandwidthAllocationOps:
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/bandwidth-allocations"""

class _BgpAddressFamilyProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/bgp-address-family-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        ipv4: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/bgp-address-family-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/bgp-address-family-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        ipv4: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/bgp-address-family-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/bgp-address-family-profiles/{id}"""

class _BgpAuthProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/bgp-auth-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        secret: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/bgp-auth-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/bgp-auth-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        secret: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/bgp-auth-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/bgp-auth-profiles/{id}"""

class _BgpFilteringProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/bgp-filtering-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        ipv4: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/bgp-filtering-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/bgp-filtering-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        ipv4: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/bgp-filtering-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/bgp-filtering-profiles/{id}"""

class _BgpRedistributionProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/bgp-redistribution-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        ipv4: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/bgp-redistribution-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/bgp-redistribution-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        ipv4: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/bgp-redistribution-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/bgp-redistribution-profiles/{id}"""

class _BgpRouteMapOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/bgp-route-maps"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        route_map: builtins.list[dict[str, Any]] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/bgp-route-maps"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/bgp-route-maps/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        route_map: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/bgp-route-maps/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/bgp-route-maps/{id}"""

class _BgpRouteMapRedistributionOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/bgp-route-map-redistributions"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        bgp: dict[str, Any] | None = ...,
        ospf: dict[str, Any] | None = ...,
        connected_static: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/bgp-route-map-redistributions"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/bgp-route-map-redistributions/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        bgp: dict[str, Any] | None = ...,
        ospf: dict[str, Any] | None = ...,
        connected_static: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/bgp-route-map-redistributions/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/bgp-route-map-redistributions/{id}"""

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
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/identity/v1/certificates/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/certificates/{id}"""
    @overload
    def export(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def export(
        self,
        *,
        id: str,
        format: str,
        passphrase: Literal['pkcs12', 'pem', 'der', 'pkcs10'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/identity/v1/certificates/{id}:export"""
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/certificate-profiles/{id}"""

class _ConfigMatchListOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/network/v1/config-match-list"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        filter: str | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/config-match-list"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/config-match-list/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        filter: str | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/config-match-list/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/config-match-list/{id}"""

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
        admin: builtins.list[str] | None = ...,
        devices: builtins.list[float] | None = ...,
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

class _DataFilteringProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/security/v1/data-filtering-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str | None = ...,
        description: str | None = ...,
        disable_override: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        data_capture: bool | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/security/v1/data-filtering-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/security/v1/data-filtering-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: str | None = ...,
        description: str | None = ...,
        disable_override: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        data_capture: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/security/v1/data-filtering-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/security/v1/data-filtering-profiles/{id}"""

class _DataObjectOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/security/v1/data-objects"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str | None = ...,
        description: str | None = ...,
        disable_override: str | None = ...,
        pattern_type: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/security/v1/data-objects"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/security/v1/data-objects/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: str | None = ...,
        description: str | None = ...,
        disable_override: str | None = ...,
        pattern_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/security/v1/data-objects/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/security/v1/data-objects/{id}"""

class _DataResourceOps:
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        resource_name: str,
    ) -> Any:
        """GET /api/sase/v2.0/resource/{resource_name}"""
    @overload
    def edgeLocationCurrentStatus(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def edgeLocationCurrentStatus(
        self,
        *,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/query/edge_location_current_status"""
    @overload
    def prismaSaseExternalAlertsCurrent(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def prismaSaseExternalAlertsCurrent(
        self,
        *,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/query/prisma_sase_external_alerts_current"""
    @overload
    def query(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def query(
        self,
        *,
        resource_name: str,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/query/{resource_name}"""
    @overload
    def tunnelStatus(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def tunnelStatus(
        self,
        *,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/query/tunnel_status"""

class _DataResourceCustomOps:
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        feature_name: str,
        request_name: str,
    ) -> Any:
        """GET /api/sase/v2.0/resource/custom/{feature_name}/{request_name}"""
    @overload
    def query(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def query(
        self,
        *,
        feature_name: str,
        request_name: str,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/custom/query/{feature_name}/{request_name}"""
    @overload
    def rnList(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def rnList(
        self,
        *,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/custom/query/remotenetworks/rn_list"""
    @overload
    def scList(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def scList(
        self,
        *,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/custom/query/serviceconnections/sc_list"""
    @overload
    def tunnelList(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def tunnelList(
        self,
        *,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/custom/query/tunnels/tunnel_list"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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

class _DeviceOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        pagination: bool | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /config/setup/v1/devices"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/devices/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        display_name: str | None = ...,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        snippets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/devices/{id}"""

class _DeviceContextSegmentOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/objects/v1/device-context-segments"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/objects/v1/device-context-segments"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/objects/v1/device-context-segments/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/objects/v1/device-context-segments/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/objects/v1/device-context-segments/{id}"""
    @overload
    def deleteByName(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def deleteByName(
        self,
        *,
        name: builtins.list[str],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/objects/v1/device-context-segments"""

class _DhcpInterfaceOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/dhcp-interfaces"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        server: dict[str, Any] | None = ...,
        relay: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/dhcp-interfaces"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/dhcp-interfaces/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        server: dict[str, Any] | None = ...,
        relay: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/dhcp-interfaces/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/dhcp-interfaces/{id}"""

class _DnsProxyOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/dns-proxies"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        default: dict[str, Any],
        enabled: bool | None = ...,
        interface: builtins.list[str] | None = ...,
        domain_servers: builtins.list[dict[str, Any]] | None = ...,
        static_entries: builtins.list[dict[str, Any]] | None = ...,
        tcp_queries: dict[str, Any] | None = ...,
        udp_queries: dict[str, Any] | None = ...,
        cache: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/dns-proxies"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/dns-proxies/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        default: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        enabled: bool | None = ...,
        interface: builtins.list[str] | None = ...,
        domain_servers: builtins.list[dict[str, Any]] | None = ...,
        static_entries: builtins.list[dict[str, Any]] | None = ...,
        tcp_queries: dict[str, Any] | None = ...,
        udp_queries: dict[str, Any] | None = ...,
        cache: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/dns-proxies/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/dns-proxies/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/dns-security-profiles/{id}"""

class _DosProtectionProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/security/v1/dos-protection-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        type: Literal['aggregate', 'classified'],
        description: str | None = ...,
        flood: dict[str, Any] | None = ...,
        resource: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/security/v1/dos-protection-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/security/v1/dos-protection-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        type: Literal['aggregate', 'classified'],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        flood: dict[str, Any] | None = ...,
        resource: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/security/v1/dos-protection-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/security/v1/dos-protection-profiles/{id}"""

class _DosProtectionRuleOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/security/v1/dos-protection-rules"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        to: builtins.list[str],
        source: builtins.list[str],
        service: builtins.list[str],
        protection: dict[str, Any],
        description: str | None = ...,
        disabled: bool | None = ...,
        position: Literal['pre', 'post'] | None = ...,
        schedule: str | None = ...,
        tag: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        action: dict[str, Any] | None = ...,
        log_setting: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/security/v1/dos-protection-rules"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/security/v1/dos-protection-rules/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        to: builtins.list[str],
        source: builtins.list[str],
        service: builtins.list[str],
        protection: dict[str, Any],
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        disabled: bool | None = ...,
        schedule: str | None = ...,
        tag: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        action: dict[str, Any] | None = ...,
        log_setting: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/security/v1/dos-protection-rules/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/security/v1/dos-protection-rules/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/dynamic-user-groups/{id}"""

class _EthernetInterfaceOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/ethernet-interfaces"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        default_value: str | None = ...,
        comment: str | None = ...,
        link_speed: Literal['auto', '10', '100', '1000', '10000', '40000', '100000'] | None = ...,
        link_duplex: Literal['auto', 'half', 'full'] | None = ...,
        link_state: Literal['auto', 'up', 'down'] | None = ...,
        poe: dict[str, Any] | None = ...,
        aggregate_group: str | None = ...,
        tap: dict[str, Any] | None = ...,
        layer2: dict[str, Any] | None = ...,
        layer3: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/ethernet-interfaces"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/ethernet-interfaces/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        default_value: str | None = ...,
        comment: str | None = ...,
        link_speed: Literal['auto', '10', '100', '1000', '10000', '40000', '100000'] | None = ...,
        link_duplex: Literal['auto', 'half', 'full'] | None = ...,
        link_state: Literal['auto', 'up', 'down'] | None = ...,
        poe: dict[str, Any] | None = ...,
        aggregate_group: str | None = ...,
        tap: dict[str, Any] | None = ...,
        layer2: dict[str, Any] | None = ...,
        layer3: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/ethernet-interfaces/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/ethernet-interfaces/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/setup/v1/folders/{id}"""

class _GlobalprotectMatchListOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/network/v1/globalprotect-match-list"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/globalprotect-match-list"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/globalprotect-match-list/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/globalprotect-match-list/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/globalprotect-match-list/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/hip-profiles/{id}"""

class _HipmatchMatchListOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/network/v1/hipmatch-match-list"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/hipmatch-match-list"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/hipmatch-match-list/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/hipmatch-match-list/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/hipmatch-match-list/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/http-header-profiles/{id}"""

class _HttpServerProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/objects/v1/http-server-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        server: builtins.list[dict[str, Any]] | None = ...,
        tag_registration: bool | None = ...,
        format: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/objects/v1/http-server-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/objects/v1/http-server-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        server: builtins.list[dict[str, Any]] | None = ...,
        tag_registration: bool | None = ...,
        format: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/objects/v1/http-server-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/objects/v1/http-server-profiles/{id}"""

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
        ake: dict[str, Any] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        authentication_multiple: int | None = ...,
        lifetime: dict[str, Any] | None = ...,
        ake: dict[str, Any] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        local_address: dict[str, Any] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        local_id: dict[str, Any] | None = ...,
        peer_id: dict[str, Any] | None = ...,
        protocol_common: dict[str, Any] | None = ...,
        local_address: dict[str, Any] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/ike-gateways/{id}"""
    @overload
    def generatePpk(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def generatePpk(
        self,
        *,
        folder: str | None = ...,
        length: int | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/ike-gateways:generate-ppk"""

class _IncidentOps:
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
    ) -> Any:
        """GET /incidents/v1/details/{incident-id}"""
    @overload
    def search(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def search(
        self,
        *,
        filter: dict[str, Any] | None = ...,
        pagination: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /incidents/v1/search"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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

class _InterfaceManagementProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/interface-management-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        http: bool | None = ...,
        https: bool | None = ...,
        telnet: bool | None = ...,
        ssh: bool | None = ...,
        ping: bool | None = ...,
        http_ocsp: bool | None = ...,
        response_pages: bool | None = ...,
        userid_service: bool | None = ...,
        userid_syslog_listener_ssl: bool | None = ...,
        userid_syslog_listener_udp: bool | None = ...,
        permitted_ip: builtins.list[dict[str, Any]] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/interface-management-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/interface-management-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        http: bool | None = ...,
        https: bool | None = ...,
        telnet: bool | None = ...,
        ssh: bool | None = ...,
        ping: bool | None = ...,
        http_ocsp: bool | None = ...,
        response_pages: bool | None = ...,
        userid_service: bool | None = ...,
        userid_syslog_listener_ssl: bool | None = ...,
        userid_syslog_listener_udp: bool | None = ...,
        permitted_ip: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/interface-management-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/interface-management-profiles/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        ake: dict[str, Any] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        dh_group: Literal['no-pfs', 'group1', 'group2', 'group5', 'group14', 'group19', 'group20'] | None = ...,
        lifesize: dict[str, Any] | None = ...,
        esp: dict[str, Any] | None = ...,
        ah: dict[str, Any] | None = ...,
        ake: dict[str, Any] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        tunnel_interface: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        anti_replay: bool | None = ...,
        copy_tos: bool | None = ...,
        enable_gre_encapsulation: bool | None = ...,
        tunnel_monitor: dict[str, Any] | None = ...,
        tunnel_interface: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/ipsec-tunnels/{id}"""

class _IptagMatchListOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/network/v1/iptag-match-list"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/iptag-match-list"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/iptag-match-list/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/iptag-match-list/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/iptag-match-list/{id}"""

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
        limit: float | None = ...,
        offset: float | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/kerberos-server-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        server: builtins.list[dict[str, Any]],
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/kerberos-server-profiles/{id}"""

class _LabelOps:
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
        """GET /config/setup/v1/labels"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/labels"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/labels/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/labels/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/setup/v1/labels/{id}"""

class _Layer2SubinterfaceOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/layer2-subinterfaces"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        vlan_tag: str,
        comment: str | None = ...,
        vlan_object: str | None = ...,
        parent_interface: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/layer2-subinterfaces"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/layer2-subinterfaces/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        vlan_tag: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        comment: str | None = ...,
        vlan_object: str | None = ...,
        parent_interface: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/layer2-subinterfaces/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/layer2-subinterfaces/{id}"""

class _Layer3SubinterfaceOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/layer3-subinterfaces"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        tag: int | None = ...,
        parent_interface: str | None = ...,
        comment: str | None = ...,
        mtu: int | None = ...,
        ddns_config: dict[str, Any] | None = ...,
        arp: builtins.list[dict[str, Any]] | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        dhcp_client: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/layer3-subinterfaces"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/layer3-subinterfaces/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        tag: int | None = ...,
        parent_interface: str | None = ...,
        comment: str | None = ...,
        mtu: int | None = ...,
        ddns_config: dict[str, Any] | None = ...,
        arp: builtins.list[dict[str, Any]] | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        dhcp_client: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/layer3-subinterfaces/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/layer3-subinterfaces/{id}"""

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
        name: str,
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
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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

class _LinkTagOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/link-tags"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        color: Literal['Red', 'Green', 'Blue', 'Yellow', 'Copper', 'Orange', 'Purple', 'Gray', 'Light Green', 'Cyan', 'Light Gray', 'Blue Gray', 'Lime', 'Black', 'Gold', 'Brown', 'Olive', 'Maroon', 'Red-Orange', 'Yellow-Orange', 'Forest Green', 'Turquoise Blue', 'Azure Blue', 'Cerulean Blue', 'Midnight Blue', 'Medium Blue', 'Cobalt Blue', 'Violet Blue', 'Blue Violet', 'Medium Violet', 'Medium Rose', 'Lavender', 'Orchid', 'Thistle', 'Peach', 'Salmon', 'Magenta', 'Red Violet', 'Mahogany', 'Burnt Sienna', 'Chestnut'] | None = ...,
        comments: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/link-tags"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/link-tags/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        color: Literal['Red', 'Green', 'Blue', 'Yellow', 'Copper', 'Orange', 'Purple', 'Gray', 'Light Green', 'Cyan', 'Light Gray', 'Blue Gray', 'Lime', 'Black', 'Gold', 'Brown', 'Olive', 'Maroon', 'Red-Orange', 'Yellow-Orange', 'Forest Green', 'Turquoise Blue', 'Azure Blue', 'Cerulean Blue', 'Midnight Blue', 'Medium Blue', 'Cobalt Blue', 'Violet Blue', 'Blue Violet', 'Medium Violet', 'Medium Rose', 'Lavender', 'Orchid', 'Thistle', 'Peach', 'Salmon', 'Magenta', 'Red Violet', 'Mahogany', 'Burnt Sienna', 'Chestnut'] | None = ...,
        comments: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/link-tags/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/link-tags/{id}"""

class _LldpProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/lldp-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        mode: str | None = ...,
        snmp_syslog_notification: bool | None = ...,
        option_tlvs: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/lldp-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/lldp-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        mode: str | None = ...,
        snmp_syslog_notification: bool | None = ...,
        option_tlvs: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/lldp-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/lldp-profiles/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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

class _LogForwardingProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/objects/v1/log-forwarding-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        match_list: builtins.list[dict[str, Any]],
        description: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/objects/v1/log-forwarding-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/objects/v1/log-forwarding-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        match_list: builtins.list[dict[str, Any]],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/objects/v1/log-forwarding-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/objects/v1/log-forwarding-profiles/{id}"""

class _LogicalRouterOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        pagination: bool | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/logical-routers"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        routing_stack: Literal['legacy', 'advanced'] | None = ...,
        vrf: builtins.list[dict[str, Any]] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/logical-routers"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/logical-routers/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        routing_stack: Literal['legacy', 'advanced'] | None = ...,
        vrf: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/logical-routers/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/logical-routers/{id}"""

class _LoopbackInterfaceOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/loopback-interfaces"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        default_value: str | None = ...,
        comment: str | None = ...,
        mtu: int | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        ipv6: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/loopback-interfaces"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/loopback-interfaces/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        default_value: str | None = ...,
        comment: str | None = ...,
        mtu: int | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        ipv6: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/loopback-interfaces/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/loopback-interfaces/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
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
        name: str | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/authentication-settings"""
    @overload
    def move(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def move(
        self,
        *,
        name: str,
        folder: Any = ...,
        where: Literal['before', 'after', 'top', 'bottom'] | None = ...,
        destination: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/mobile-agent/v1/authentication-settings/{name}:move"""

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

class _MobileAgentForwardingProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        folder: Any = ...,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        folder: Any = ...,
        description: str | None = ...,
        definition_method: Literal['rules', 'pac-file'] | None = ...,
        type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/mobile-agent/v1/forwarding-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        definition_method: Literal['rules', 'pac-file'] | None = ...,
        type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/mobile-agent/v1/forwarding-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/mobile-agent/v1/forwarding-profiles/{id}"""

class _MobileAgentForwardingProfileDestinationOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        folder: Any = ...,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-destinations"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        folder: Any = ...,
        description: str | None = ...,
        fqdn: builtins.list[dict[str, Any]] | None = ...,
        ip_addresses: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/mobile-agent/v1/forwarding-profile-destinations"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-destinations/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        fqdn: builtins.list[dict[str, Any]] | None = ...,
        ip_addresses: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/mobile-agent/v1/forwarding-profile-destinations/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/mobile-agent/v1/forwarding-profile-destinations/{id}"""

class _MobileAgentForwardingProfileRegionalAndCustomProxyOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        folder: Any = ...,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-regional-and-custom-proxies"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        folder: Any = ...,
        type: Literal['gp-and-pac', 'ztna-agent'] | None = ...,
        description: str | None = ...,
        proxy_1: dict[str, Any] | None = ...,
        proxy_2: dict[str, Any] | None = ...,
        connectivity_preference: builtins.list[dict[str, Any]] | None = ...,
        fallback_option: Literal['fail-open', 'fail-safe'] | None = ...,
        location_preference: Literal['best-available-pa-location', 'specific-pa-location'] | None = ...,
        prisma_access_locations: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/mobile-agent/v1/forwarding-profile-regional-and-custom-proxies"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-regional-and-custom-proxies/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        type: Literal['gp-and-pac', 'ztna-agent'] | None = ...,
        description: str | None = ...,
        proxy_1: dict[str, Any] | None = ...,
        proxy_2: dict[str, Any] | None = ...,
        connectivity_preference: builtins.list[dict[str, Any]] | None = ...,
        fallback_option: Literal['fail-open', 'fail-safe'] | None = ...,
        location_preference: Literal['best-available-pa-location', 'specific-pa-location'] | None = ...,
        prisma_access_locations: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/mobile-agent/v1/forwarding-profile-regional-and-custom-proxies/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/mobile-agent/v1/forwarding-profile-regional-and-custom-proxies/{id}"""

class _MobileAgentForwardingProfileSourceApplicationOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        folder: Any = ...,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-source-applications"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        applications: builtins.list[str],
        folder: Any = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/mobile-agent/v1/forwarding-profile-source-applications"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-source-applications/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        applications: builtins.list[str],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/mobile-agent/v1/forwarding-profile-source-applications/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/mobile-agent/v1/forwarding-profile-source-applications/{id}"""

class _MobileAgentForwardingProfileUserLocationOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        folder: Any = ...,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-user-locations"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        choice: dict[str, Any],
        folder: Any = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/mobile-agent/v1/forwarding-profile-user-locations"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-user-locations/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        choice: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/mobile-agent/v1/forwarding-profile-user-locations/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/mobile-agent/v1/forwarding-profile-user-locations/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        static_ip_pools: builtins.list[dict[str, Any]] | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
        enable_wins: dict[str, Any] | None = ...,
        ipv6: bool | None = ...,
        udp_queries: dict[str, Any] | None = ...,
        static_ip_pools: builtins.list[dict[str, Any]] | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
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

class _NatRuleOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        position: Literal['pre', 'post'] | None = ...,
    ) -> Any:
        """GET /config/network/v1/nat-rules"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        source: builtins.list[str],
        to: builtins.list[str],
        destination: builtins.list[str],
        service: str,
        position: Literal['pre', 'post'] | None = ...,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        nat_type: Literal['ipv4', 'nat64', 'nptv6'] | None = ...,
        to_interface: str | None = ...,
        source_translation: dict[str, Any] | None = ...,
        active_active_device_binding: Literal['primary', 'both', '0', '1'] | None = ...,
        destination_translation: dict[str, Any] | None = ...,
        dynamic_destination_translation: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/nat-rules"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/nat-rules/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        source: builtins.list[str],
        to: builtins.list[str],
        destination: builtins.list[str],
        service: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        nat_type: Literal['ipv4', 'nat64', 'nptv6'] | None = ...,
        to_interface: str | None = ...,
        source_translation: dict[str, Any] | None = ...,
        active_active_device_binding: Literal['primary', 'both', '0', '1'] | None = ...,
        destination_translation: dict[str, Any] | None = ...,
        dynamic_destination_translation: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/nat-rules/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/nat-rules/{id}"""

class _NetworkPacketBrokerProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        folder: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/network_packet_broker_profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        flow: Literal['routed', 'transparent'] | None = ...,
        interface_primary: str | None = ...,
        interface_secondary: str | None = ...,
        disable_override: str | None = ...,
        routed: dict[str, Any] | None = ...,
        transparent: dict[str, Any] | None = ...,
        health_check: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/network_packet_broker_profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/network_packet_broker_profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        flow: Literal['routed', 'transparent'] | None = ...,
        interface_primary: str | None = ...,
        interface_secondary: str | None = ...,
        disable_override: str | None = ...,
        routed: dict[str, Any] | None = ...,
        transparent: dict[str, Any] | None = ...,
        health_check: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/network_packet_broker_profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/network_packet_broker_profiles/{id}"""

class _NetworkPacketBrokerRuleOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        folder: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/network_packet_broker_rules"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        action: dict[str, Any],
        description: str | None = ...,
        group_tag: str | None = ...,
        to: builtins.list[str] | None = ...,
        source: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        application: builtins.list[str] | None = ...,
        service: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        source_hip: builtins.list[str] | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        negate_source: bool | None = ...,
        negate_destination: bool | None = ...,
        disabled: bool | None = ...,
        traffic_type: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/network_packet_broker_rules"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/network_packet_broker_rules/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        action: dict[str, Any],
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        group_tag: str | None = ...,
        to: builtins.list[str] | None = ...,
        source: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        application: builtins.list[str] | None = ...,
        service: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        source_hip: builtins.list[str] | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        negate_source: bool | None = ...,
        negate_destination: bool | None = ...,
        disabled: bool | None = ...,
        traffic_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/network_packet_broker_rules/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/network_packet_broker_rules/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/ocsp-responder/{id}"""

class _OspfAuthProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/ospf-auth-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        password: str | None = ...,
        md5: builtins.list[dict[str, Any]] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/ospf-auth-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/ospf-auth-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        password: str | None = ...,
        md5: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/ospf-auth-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/ospf-auth-profiles/{id}"""

class _PbfRuleOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/pbf-rules"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str | None = ...,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        schedule: str | None = ...,
        source: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        service: builtins.list[str] | None = ...,
        application: builtins.list[str] | None = ...,
        action: dict[str, Any] | None = ...,
        enforce_symmetric_return: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/pbf-rules"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/pbf-rules/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: str | None = ...,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        schedule: str | None = ...,
        source: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        service: builtins.list[str] | None = ...,
        application: builtins.list[str] | None = ...,
        action: dict[str, Any] | None = ...,
        enforce_symmetric_return: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/pbf-rules/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/pbf-rules/{id}"""

class _PrismaAccessIpOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        serviceType: Literal['all', 'remote_network', 'gp_gateway', 'gp_portal', 'clean_pipe', 'swg_proxy'],
        addrType: Literal['all', 'active', 'reserved', 'service_ip', 'auth_cache_service', 'network_load_balancer'],
        location: Literal['all', 'deployed'],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /getPrismaAccessIP/v2"""

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
        ai_security: builtins.list[str] | None = ...,
        data_filtering: builtins.list[str] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        dns_security: builtins.list[str] | None = ...,
        file_blocking: builtins.list[str] | None = ...,
        saas_security: builtins.list[str] | None = ...,
        spyware: builtins.list[str] | None = ...,
        url_filtering: builtins.list[str] | None = ...,
        virus_and_wildfire_analysis: builtins.list[str] | None = ...,
        vulnerability: builtins.list[str] | None = ...,
        ai_security: builtins.list[str] | None = ...,
        data_filtering: builtins.list[str] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/quarantined-devices"""

class _RadiusServerProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/radius-server-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        server: builtins.list[dict[str, Any]],
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        name: str,
        region: str,
        folder: str | None = ...,
        ecmp_load_balancing: Literal['enable', 'disable'] | None = ...,
        ecmp_tunnels: builtins.list[dict[str, Any]] | None = ...,
        ipsec_tunnel: str | None = ...,
        license_type: str | None = ...,
        protocol: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        spn_name: str | None = ...,
        subnets: builtins.list[str] | None = ...,
        description: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        ecmp_load_balancing: Literal['enable', 'disable'] | None = ...,
        ecmp_tunnels: builtins.list[dict[str, Any]] | None = ...,
        ipsec_tunnel: str | None = ...,
        license_type: str | None = ...,
        protocol: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        spn_name: str | None = ...,
        subnets: builtins.list[str] | None = ...,
        description: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/remote-networks/{id}"""

class _RemoteNetworksLicenseInfoOps:
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
    ) -> Any:
        """GET /config/network/v1/remote-networks-license-info"""

class _RouteAccessListOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/route-access-lists"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        type: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/route-access-lists"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/route-access-lists/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/route-access-lists/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/route-access-lists/{id}"""

class _RouteCommunityListOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/route-community-lists"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        type: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/route-community-lists"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/route-community-lists/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/route-community-lists/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/route-community-lists/{id}"""

class _RoutePathAccessListOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/route-path-access-lists"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        aspath_entry: builtins.list[dict[str, Any]] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/route-path-access-lists"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/route-path-access-lists/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        aspath_entry: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/route-path-access-lists/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/route-path-access-lists/{id}"""

class _RoutePrefixListOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/route-prefix-lists"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        type: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/route-prefix-lists"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/route-prefix-lists/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/route-prefix-lists/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/route-prefix-lists/{id}"""

class _SaasTenantRestrictionOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/security/v1/saas-tenant-restrictions"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        snippet: str | None = ...,
        folder: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        domains: builtins.list[str] | None = ...,
        headers: builtins.list[dict[str, Any]] | None = ...,
        name: str | None = ...,
        saas_edl: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/security/v1/saas-tenant-restrictions"""

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
        name: str,
        entity_id: str | None = ...,
        max_clock_skew: int | None = ...,
        slo_bindings: Literal['post', 'redirect'] | None = ...,
        sso_bindings: Literal['post', 'redirect'] | None = ...,
        sso_url: str | None = ...,
        validate_idp_certificate: bool | None = ...,
        want_auth_requests_signed: bool | None = ...,
        slo_url: str | None = ...,
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
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        entity_id: str | None = ...,
        max_clock_skew: int | None = ...,
        slo_bindings: Literal['post', 'redirect'] | None = ...,
        sso_bindings: Literal['post', 'redirect'] | None = ...,
        sso_url: str | None = ...,
        validate_idp_certificate: bool | None = ...,
        want_auth_requests_signed: bool | None = ...,
        slo_url: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/schedules/{id}"""

class _SdwanErrorCorrectionProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/sdwan-error-correction-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        activation_threshold: int,
        mode: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/sdwan-error-correction-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/sdwan-error-correction-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        activation_threshold: int,
        mode: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/sdwan-error-correction-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/sdwan-error-correction-profiles/{id}"""

class _SdwanPathQualityProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/sdwan-path-quality-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        metric: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/sdwan-path-quality-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/sdwan-path-quality-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        metric: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/sdwan-path-quality-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/sdwan-path-quality-profiles/{id}"""

class _SdwanRuleOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/sdwan-rules"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        position: Literal['pre', 'post'],
        to: builtins.list[str],
        source: builtins.list[str],
        source_user: builtins.list[str],
        destination: builtins.list[str],
        application: builtins.list[str],
        service: builtins.list[str],
        path_quality_profile: str,
        action: dict[str, Any],
        description: str | None = ...,
        disabled: bool | None = ...,
        tag: builtins.list[str] | None = ...,
        negate_source: bool | None = ...,
        negate_destination: bool | None = ...,
        saas_quality_profile: str | None = ...,
        error_correction_profile: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/sdwan-rules"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/sdwan-rules/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        to: builtins.list[str],
        source: builtins.list[str],
        source_user: builtins.list[str],
        destination: builtins.list[str],
        application: builtins.list[str],
        service: builtins.list[str],
        path_quality_profile: str,
        action: dict[str, Any],
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        disabled: bool | None = ...,
        tag: builtins.list[str] | None = ...,
        negate_source: bool | None = ...,
        negate_destination: bool | None = ...,
        saas_quality_profile: str | None = ...,
        error_correction_profile: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/sdwan-rules/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/sdwan-rules/{id}"""

class _SdwanSaasQualityProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/sdwan-saas-quality-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        monitor_mode: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/sdwan-saas-quality-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/sdwan-saas-quality-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        monitor_mode: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/sdwan-saas-quality-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/sdwan-saas-quality-profiles/{id}"""

class _SdwanTrafficDistributionProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/sdwan-traffic-distribution-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        traffic_distribution: Literal['Best Available Path', 'Top Down Priority', 'Weighted Session Distribution'] | None = ...,
        link_tags: builtins.list[dict[str, Any]] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/sdwan-traffic-distribution-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/sdwan-traffic-distribution-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        traffic_distribution: Literal['Best Available Path', 'Top Down Priority', 'Weighted Session Distribution'] | None = ...,
        link_tags: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/sdwan-traffic-distribution-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/sdwan-traffic-distribution-profiles/{id}"""

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
        policy_type: str | None = ...,
        schedule: str | None = ...,
        log_start: bool | None = ...,
        log_end: bool | None = ...,
        tenant_restrictions: builtins.list[str] | None = ...,
        negate_user: bool | None = ...,
        devices: builtins.list[str] | None = ...,
        log_settings: dict[str, Any] | None = ...,
        security_settings: dict[str, Any] | None = ...,
        block_web_application: builtins.list[str] | None = ...,
        block_url_category: builtins.list[str] | None = ...,
        allow_web_application: builtins.list[dict[str, Any]] | None = ...,
        allow_url_category: builtins.list[dict[str, Any]] | None = ...,
        default_profile_settings: dict[str, Any] | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        policy_type: str | None = ...,
        schedule: str | None = ...,
        log_start: bool | None = ...,
        log_end: bool | None = ...,
        tenant_restrictions: builtins.list[str] | None = ...,
        negate_user: bool | None = ...,
        devices: builtins.list[str] | None = ...,
        log_settings: dict[str, Any] | None = ...,
        security_settings: dict[str, Any] | None = ...,
        block_web_application: builtins.list[str] | None = ...,
        block_url_category: builtins.list[str] | None = ...,
        allow_web_application: builtins.list[dict[str, Any]] | None = ...,
        allow_url_category: builtins.list[dict[str, Any]] | None = ...,
        default_profile_settings: dict[str, Any] | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        ipsec_tunnel: str,
        name: str,
        region: str,
        folder: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/service-groups/{id}"""

class _SharedSnippetOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
    ) -> Any:
        """GET /config/setup/v1/shared-snippets"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        pause_update: bool | None = ...,
        validate_before_update: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/shared-snippets"""
    @overload
    def load(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def load(
        self,
        *,
        id: str,
        validation: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/shared-snippets:load"""

class _SiteOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: Any = ...,
    ) -> Any:
        """GET /config/deployment/v1/sites"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        type: Literal['prisma-sdwan', 'third-party-branch', 'third-party-discovered'] | None = ...,
        members: builtins.list[dict[str, Any]] | None = ...,
        country: str | None = ...,
        city: str | None = ...,
        state: str | None = ...,
        address_line_1: str | None = ...,
        address_line_2: str | None = ...,
        latitude: str | None = ...,
        longitude: str | None = ...,
        zip_code: str | None = ...,
        qos: dict[str, Any] | None = ...,
        license_type: Literal['FWAAS-SITE-25Mbps', 'FWAAS-SITE-50Mbps', 'FWAAS-SITE-250Mbps', 'FWAAS-SITE-1000Mbps', 'FWAAS-SITE-2500Mbps'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/deployment/v1/sites"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/deployment/v1/sites/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        type: Literal['prisma-sdwan', 'third-party-branch', 'third-party-discovered'] | None = ...,
        members: builtins.list[dict[str, Any]] | None = ...,
        country: str | None = ...,
        city: str | None = ...,
        state: str | None = ...,
        address_line_1: str | None = ...,
        address_line_2: str | None = ...,
        latitude: str | None = ...,
        longitude: str | None = ...,
        zip_code: str | None = ...,
        qos: dict[str, Any] | None = ...,
        license_type: Literal['FWAAS-SITE-25Mbps', 'FWAAS-SITE-50Mbps', 'FWAAS-SITE-250Mbps', 'FWAAS-SITE-1000Mbps', 'FWAAS-SITE-2500Mbps'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/deployment/v1/sites/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/deployment/v1/sites/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/setup/v1/snippets/{id}"""

class _SnippetAuditLogOps:
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        donor_tsg: str | None = ...,
        donor_tenant_name: str | None = ...,
        recipient_tsg: str | None = ...,
        recipient_tenant_name: str | None = ...,
        donor_created: int | None = ...,
        snippet_uuid: str | None = ...,
        version: str | None = ...,
        action: str | None = ...,
        details: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-audit-logs"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
        type: Literal['subscriber', 'publisher'],
    ) -> Any:
        """GET /config/setup/v1/snippet-audit-logs/{id}"""

class _SnippetCategoryOps:
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
        """GET /config/setup/v1/snippet-categories"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/snippet-categories/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/setup/v1/snippet-categories/{id}"""

class _SnippetSnapshotOps:
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        id: str,
        description: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-snapshots"""
    @overload
    def compare(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def compare(
        self,
        *,
        id: str,
        version: int,
        comparing_version: int,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-snapshots:compare"""
    @overload
    def convert(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def convert(
        self,
        *,
        id: str | None = ...,
        keep_local: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-snapshots:convert"""
    @overload
    def diff(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def diff(
        self,
        *,
        snippet_id: str,
        object_id: str,
        version: int,
        comparing_version: int | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-snapshots:diff"""
    @overload
    def load(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def load(
        self,
        *,
        id: str,
        version: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-snapshots:load"""
    @overload
    def publish(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def publish(
        self,
        *,
        id: str | None = ...,
        name: str | None = ...,
        tsgs: builtins.list[str] | None = ...,
        validation: bool | None = ...,
        version: int | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-snapshots:publish"""
    @overload
    def updates(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def updates(
        self,
        *,
        id: str,
        tenant_id: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-snapshots:updates"""

class _SslDecryptionSettingOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/security/v1/ssl-decryption-settings"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        disabled_ssl_exclude_cert_from_predefined: builtins.list[dict[str, Any]] | None = ...,
        forward_trust_certificate: dict[str, Any] | None = ...,
        forward_untrust_certificate: dict[str, Any] | None = ...,
        root_ca_exclude_list: builtins.list[dict[str, Any]] | None = ...,
        ssl_exclude_cert: builtins.list[dict[str, Any]] | None = ...,
        trusted_root_CA: builtins.list[dict[str, Any]] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/security/v1/ssl-decryption-settings"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        ssl_decrypt: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/security/v1/ssl-decryption-settings"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/security/v1/ssl-decryption-settings"""

class _SubscribedTenantOps:
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/subscribed-tenants"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/subscribed-tenants/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        tsg_id: str,
        snippet_id: str,
        snippet_name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        property: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/subscribed-tenants"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        tsgs: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/setup/v1/subscribed-tenants"""

class _SyslogServerProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/objects/v1/syslog-server-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        server: builtins.list[dict[str, Any]],
        format: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/objects/v1/syslog-server-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/objects/v1/syslog-server-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        server: builtins.list[dict[str, Any]],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        format: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/objects/v1/syslog-server-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/objects/v1/syslog-server-profiles/{id}"""

class _SystemMatchListOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/network/v1/system-match-list"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        filter: str | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/system-match-list"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/system-match-list/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        filter: str | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/system-match-list/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/system-match-list/{id}"""

class _TacacsServerProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tacacs-server-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        protocol: Literal['CHAP', 'PAP'],
        server: builtins.list[dict[str, Any]],
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        certificate: str | None = ...,
        protocol_settings: dict[str, Any] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/traffic-steering-rules/{id}"""

class _TrustOps:
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        tsg: str | None = ...,
        donor_tenant_name: str | None = ...,
        recipient_tenant_name: str | None = ...,
        trust_id: int | None = ...,
        psk: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/trusts"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        trustids: str,
        type: Literal['subscriber', 'publisher'],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/setup/v1/trusts"""

class _TrustValidationOps:
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        tsg: str,
        donor_tenant_name: str,
        recipient_tenant_name: str,
        trust_id: int | None,
        psk: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/trust-validations"""

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

class _TrustedTenantOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        type: Literal['subscriber', 'publisher'],
    ) -> Any:
        """GET /config/setup/v1/trusted-tenants"""

class _TrustedTenantOverviewOps:
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
    ) -> Any:
        """GET /config/setup/v1/trusted-tenant-overview"""

class _TunnelInterfaceOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/tunnel-interfaces"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        default_value: str | None = ...,
        comment: str | None = ...,
        mtu: int | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        ipv6: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/tunnel-interfaces"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/tunnel-interfaces/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        default_value: str | None = ...,
        comment: str | None = ...,
        mtu: int | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        ipv6: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/tunnel-interfaces/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/tunnel-interfaces/{id}"""

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
        redirect: builtins.list[str] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        redirect: builtins.list[str] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/url-access-profiles/{id}"""

class _UrlAdminOverrideOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: bool | None = ...,
    ) -> Any:
        """GET /config/security/v1/url-admin-override"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        password: str | None = ...,
        ssl_tls_service_profile: str | None = ...,
        mode: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/security/v1/url-admin-override"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/security/v1/url-admin-override/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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

class _UseridMatchListOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/network/v1/userid-match-list"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/userid-match-list"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/userid-match-list/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/userid-match-list/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/userid-match-list/{id}"""

class _VariableOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/setup/v1/variables"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        type: Literal['percent', 'count', 'ip-netmask', 'zone', 'ip-range', 'ip-wildcard', 'device-priority', 'device-id', 'egress-max', 'as-number', 'fqdn', 'port', 'link-tag', 'group-id', 'rate', 'router-id', 'qos-profile', 'timer'],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        value: str | dict[str, Any] | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/variables"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/variables/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        type: Literal['percent', 'count', 'ip-netmask', 'zone', 'ip-range', 'ip-wildcard', 'device-priority', 'device-id', 'egress-max', 'as-number', 'fqdn', 'port', 'link-tag', 'group-id', 'rate', 'router-id', 'qos-profile', 'timer'],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        value: str | dict[str, Any] | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/variables/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/setup/v1/variables/{id}"""

class _VlanInterfaceOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/vlan-interfaces"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        default_value: str | None = ...,
        comment: str | None = ...,
        vlan_tag: str | None = ...,
        vlan_object: str | None = ...,
        mtu: int | None = ...,
        ddns_config: dict[str, Any] | None = ...,
        arp: builtins.list[dict[str, Any]] | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        dhcp_client: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/vlan-interfaces"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/vlan-interfaces/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        default_value: str | None = ...,
        comment: str | None = ...,
        vlan_tag: str | None = ...,
        vlan_object: str | None = ...,
        mtu: int | None = ...,
        ddns_config: dict[str, Any] | None = ...,
        arp: builtins.list[dict[str, Any]] | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        dhcp_client: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/vlan-interfaces/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/vlan-interfaces/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/wildfire-anti-virus-profiles/{id}"""

class _ZoneOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/zones"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        folder: str | None = ...,
        enable_user_identification: bool | None = ...,
        enable_device_identification: bool | None = ...,
        network: dict[str, Any] | None = ...,
        user_acl: dict[str, Any] | None = ...,
        device_acl: dict[str, Any] | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/zones"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/zones/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        enable_user_identification: bool | None = ...,
        enable_device_identification: bool | None = ...,
        network: dict[str, Any] | None = ...,
        user_acl: dict[str, Any] | None = ...,
        device_acl: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/zones/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/zones/{id}"""

class _ZoneProtectionProfileOps:
    @overload
    def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/zone-protection-profiles"""
    @overload
    def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        flood: dict[str, Any] | None = ...,
        scan: builtins.list[dict[str, Any]] | None = ...,
        scan_white_list: builtins.list[dict[str, Any]] | None = ...,
        spoofed_ip_discard: bool | None = ...,
        strict_ip_check: bool | None = ...,
        fragmented_traffic_discard: bool | None = ...,
        strict_source_routing_discard: bool | None = ...,
        loose_source_routing_discard: bool | None = ...,
        timestamp_discard: bool | None = ...,
        record_route_discard: bool | None = ...,
        security_discard: bool | None = ...,
        stream_id_discard: bool | None = ...,
        unknown_option_discard: bool | None = ...,
        malformed_option_discard: bool | None = ...,
        mismatched_overlapping_tcp_segment_discard: bool | None = ...,
        tcp_handshake_discard: bool | None = ...,
        tcp_syn_with_data_discard: bool | None = ...,
        tcp_synack_with_data_discard: bool | None = ...,
        reject_non_syn_tcp: Literal['global', 'yes', 'no'] | None = ...,
        asymmetric_path: Literal['global', 'drop', 'bypass'] | None = ...,
        tcp_timestamp_strip: bool | None = ...,
        tcp_fast_open_and_data_strip: bool | None = ...,
        mptcp_option_strip: Literal['no', 'yes', 'global'] | None = ...,
        icmp_ping_zero_id_discard: bool | None = ...,
        icmp_frag_discard: bool | None = ...,
        icmp_large_packet_discard: bool | None = ...,
        discard_icmp_embedded_error: bool | None = ...,
        suppress_icmp_timeexceeded: bool | None = ...,
        suppress_icmp_needfrag: bool | None = ...,
        ipv6: dict[str, Any] | None = ...,
        non_ip_protocol: dict[str, Any] | None = ...,
        l2_sec_group_tag_protection: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/zone-protection-profiles"""
    @overload
    def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/zone-protection-profiles/{id}"""
    @overload
    def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        flood: dict[str, Any] | None = ...,
        scan: builtins.list[dict[str, Any]] | None = ...,
        scan_white_list: builtins.list[dict[str, Any]] | None = ...,
        spoofed_ip_discard: bool | None = ...,
        strict_ip_check: bool | None = ...,
        fragmented_traffic_discard: bool | None = ...,
        strict_source_routing_discard: bool | None = ...,
        loose_source_routing_discard: bool | None = ...,
        timestamp_discard: bool | None = ...,
        record_route_discard: bool | None = ...,
        security_discard: bool | None = ...,
        stream_id_discard: bool | None = ...,
        unknown_option_discard: bool | None = ...,
        malformed_option_discard: bool | None = ...,
        mismatched_overlapping_tcp_segment_discard: bool | None = ...,
        tcp_handshake_discard: bool | None = ...,
        tcp_syn_with_data_discard: bool | None = ...,
        tcp_synack_with_data_discard: bool | None = ...,
        reject_non_syn_tcp: Literal['global', 'yes', 'no'] | None = ...,
        asymmetric_path: Literal['global', 'drop', 'bypass'] | None = ...,
        tcp_timestamp_strip: bool | None = ...,
        tcp_fast_open_and_data_strip: bool | None = ...,
        mptcp_option_strip: Literal['no', 'yes', 'global'] | None = ...,
        icmp_ping_zero_id_discard: bool | None = ...,
        icmp_frag_discard: bool | None = ...,
        icmp_large_packet_discard: bool | None = ...,
        discard_icmp_embedded_error: bool | None = ...,
        suppress_icmp_timeexceeded: bool | None = ...,
        suppress_icmp_needfrag: bool | None = ...,
        ipv6: dict[str, Any] | None = ...,
        non_ip_protocol: dict[str, Any] | None = ...,
        l2_sec_group_tag_protection: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/zone-protection-profiles/{id}"""
    @overload
    def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/zone-protection-profiles/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/address-groups/{id}"""

class _AsyncAdvancedDeviceObjectOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/objects/v1/advanced-device-objects"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/objects/v1/advanced-device-objects"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/objects/v1/advanced-device-objects/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/objects/v1/advanced-device-objects/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/objects/v1/advanced-device-objects/{id}"""
    @overload
    async def deleteByName(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def deleteByName(
        self,
        *,
        name: builtins.list[str],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/objects/v1/advanced-device-objects"""
    @overload
    async def updateByName(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def updateByName(
        self,
        *,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/objects/v1/advanced-device-objects"""

class _AsyncAggregateInterfaceOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/aggregate-interfaces"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        default_value: str | None = ...,
        comment: str | None = ...,
        layer2: dict[str, Any] | None = ...,
        layer3: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/aggregate-interfaces"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/aggregate-interfaces/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        default_value: str | None = ...,
        comment: str | None = ...,
        layer2: dict[str, Any] | None = ...,
        layer3: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/aggregate-interfaces/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/aggregate-interfaces/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/security/v1/anti-spyware-signatures/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        threat_id: int,
        threatname: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        entry: dict[str, Any] | None = ...,
        members: builtins.list[str] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/identity/v1/authentication-portals/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/identity/v1/authentication-rules/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/auto-tag-actions"""

class _AsyncAutoVpnClusterOps:
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
        """GET /config/network/v1/auto-vpn-clusters"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str | None = ...,
        enable_sdwan: bool | None = ...,
        enable_mesh_between_hubs: bool | None = ...,
        enable_mesh_interconnect: bool | None = ...,
        type: Literal['hub-spoke', 'mesh'] | None = ...,
        branches: builtins.list[dict[str, Any]] | None = ...,
        gateways: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/auto-vpn-clusters"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/auto-vpn-clusters/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: str | None = ...,
        enable_sdwan: bool | None = ...,
        enable_mesh_between_hubs: bool | None = ...,
        enable_mesh_interconnect: bool | None = ...,
        type: Literal['hub-spoke', 'mesh'] | None = ...,
        branches: builtins.list[dict[str, Any]] | None = ...,
        gateways: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/auto-vpn-clusters/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/auto-vpn-clusters/{id}"""

class _AsyncAutoVpnMonitorOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
    ) -> Any:
        """GET /config/network/v1/auto-vpn-monitor"""

class _AsyncAutoVpnPushOps:
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        auto_vpn_devices: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/auto-vpn-push"""

class _AsyncAutoVpnSettingOps:
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
    ) -> Any:
        """GET /config/network/v1/auto-vpn-settings"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        vpn_address_pool: builtins.list[str],
        as_range: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        enable_mesh_between_hubs: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/auto-vpn-settings"""

class _AsyncBandwidthAllocationOps:
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/bandwidth-allocations"""

class _AsyncBgpAddressFamilyProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/bgp-address-family-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        ipv4: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/bgp-address-family-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/bgp-address-family-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        ipv4: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/bgp-address-family-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/bgp-address-family-profiles/{id}"""

class _AsyncBgpAuthProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/bgp-auth-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        secret: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/bgp-auth-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/bgp-auth-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        secret: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/bgp-auth-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/bgp-auth-profiles/{id}"""

class _AsyncBgpFilteringProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/bgp-filtering-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        ipv4: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/bgp-filtering-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/bgp-filtering-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        ipv4: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/bgp-filtering-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/bgp-filtering-profiles/{id}"""

class _AsyncBgpRedistributionProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/bgp-redistribution-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        ipv4: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/bgp-redistribution-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/bgp-redistribution-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        ipv4: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/bgp-redistribution-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/bgp-redistribution-profiles/{id}"""

class _AsyncBgpRouteMapOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/bgp-route-maps"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        route_map: builtins.list[dict[str, Any]] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/bgp-route-maps"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/bgp-route-maps/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        route_map: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/bgp-route-maps/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/bgp-route-maps/{id}"""

class _AsyncBgpRouteMapRedistributionOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/bgp-route-map-redistributions"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        bgp: dict[str, Any] | None = ...,
        ospf: dict[str, Any] | None = ...,
        connected_static: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/bgp-route-map-redistributions"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/bgp-route-map-redistributions/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        bgp: dict[str, Any] | None = ...,
        ospf: dict[str, Any] | None = ...,
        connected_static: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/bgp-route-map-redistributions/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/bgp-route-map-redistributions/{id}"""

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
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/identity/v1/certificates/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/certificates/{id}"""
    @overload
    async def export(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def export(
        self,
        *,
        id: str,
        format: str,
        passphrase: Literal['pkcs12', 'pem', 'der', 'pkcs10'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/identity/v1/certificates/{id}:export"""
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/certificate-profiles/{id}"""

class _AsyncConfigMatchListOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/network/v1/config-match-list"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        filter: str | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/config-match-list"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/config-match-list/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        filter: str | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/config-match-list/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/config-match-list/{id}"""

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
        admin: builtins.list[str] | None = ...,
        devices: builtins.list[float] | None = ...,
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

class _AsyncDataFilteringProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/security/v1/data-filtering-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str | None = ...,
        description: str | None = ...,
        disable_override: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        data_capture: bool | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/security/v1/data-filtering-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/security/v1/data-filtering-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: str | None = ...,
        description: str | None = ...,
        disable_override: str | None = ...,
        rules: builtins.list[dict[str, Any]] | None = ...,
        data_capture: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/security/v1/data-filtering-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/security/v1/data-filtering-profiles/{id}"""

class _AsyncDataObjectOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/security/v1/data-objects"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str | None = ...,
        description: str | None = ...,
        disable_override: str | None = ...,
        pattern_type: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/security/v1/data-objects"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/security/v1/data-objects/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: str | None = ...,
        description: str | None = ...,
        disable_override: str | None = ...,
        pattern_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/security/v1/data-objects/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/security/v1/data-objects/{id}"""

class _AsyncDataResourceOps:
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        resource_name: str,
    ) -> Any:
        """GET /api/sase/v2.0/resource/{resource_name}"""
    @overload
    async def edgeLocationCurrentStatus(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def edgeLocationCurrentStatus(
        self,
        *,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/query/edge_location_current_status"""
    @overload
    async def prismaSaseExternalAlertsCurrent(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def prismaSaseExternalAlertsCurrent(
        self,
        *,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/query/prisma_sase_external_alerts_current"""
    @overload
    async def query(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def query(
        self,
        *,
        resource_name: str,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/query/{resource_name}"""
    @overload
    async def tunnelStatus(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def tunnelStatus(
        self,
        *,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/query/tunnel_status"""

class _AsyncDataResourceCustomOps:
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        feature_name: str,
        request_name: str,
    ) -> Any:
        """GET /api/sase/v2.0/resource/custom/{feature_name}/{request_name}"""
    @overload
    async def query(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def query(
        self,
        *,
        feature_name: str,
        request_name: str,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/custom/query/{feature_name}/{request_name}"""
    @overload
    async def rnList(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def rnList(
        self,
        *,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/custom/query/remotenetworks/rn_list"""
    @overload
    async def scList(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def scList(
        self,
        *,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/custom/query/serviceconnections/sc_list"""
    @overload
    async def tunnelList(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def tunnelList(
        self,
        *,
        filter: dict[str, Any],
        addOnFilter: dict[str, Any] | None = ...,
        computeDataRowsProcessed: bool | None = ...,
        count: int | None = ...,
        histogram: dict[str, Any] | None = ...,
        includeRecordNumber: bool | None = ...,
        properties: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /api/sase/v2.0/resource/custom/query/tunnels/tunnel_list"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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

class _AsyncDeviceOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        pagination: bool | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /config/setup/v1/devices"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/devices/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        display_name: str | None = ...,
        description: str | None = ...,
        labels: builtins.list[str] | None = ...,
        snippets: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/devices/{id}"""

class _AsyncDeviceContextSegmentOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/objects/v1/device-context-segments"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/objects/v1/device-context-segments"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/objects/v1/device-context-segments/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/objects/v1/device-context-segments/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/objects/v1/device-context-segments/{id}"""
    @overload
    async def deleteByName(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def deleteByName(
        self,
        *,
        name: builtins.list[str],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/objects/v1/device-context-segments"""

class _AsyncDhcpInterfaceOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/dhcp-interfaces"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        server: dict[str, Any] | None = ...,
        relay: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/dhcp-interfaces"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/dhcp-interfaces/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        server: dict[str, Any] | None = ...,
        relay: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/dhcp-interfaces/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/dhcp-interfaces/{id}"""

class _AsyncDnsProxyOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/dns-proxies"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        default: dict[str, Any],
        enabled: bool | None = ...,
        interface: builtins.list[str] | None = ...,
        domain_servers: builtins.list[dict[str, Any]] | None = ...,
        static_entries: builtins.list[dict[str, Any]] | None = ...,
        tcp_queries: dict[str, Any] | None = ...,
        udp_queries: dict[str, Any] | None = ...,
        cache: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/dns-proxies"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/dns-proxies/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        default: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        enabled: bool | None = ...,
        interface: builtins.list[str] | None = ...,
        domain_servers: builtins.list[dict[str, Any]] | None = ...,
        static_entries: builtins.list[dict[str, Any]] | None = ...,
        tcp_queries: dict[str, Any] | None = ...,
        udp_queries: dict[str, Any] | None = ...,
        cache: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/dns-proxies/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/dns-proxies/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/dns-security-profiles/{id}"""

class _AsyncDosProtectionProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/security/v1/dos-protection-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        type: Literal['aggregate', 'classified'],
        description: str | None = ...,
        flood: dict[str, Any] | None = ...,
        resource: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/security/v1/dos-protection-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/security/v1/dos-protection-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        type: Literal['aggregate', 'classified'],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        flood: dict[str, Any] | None = ...,
        resource: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/security/v1/dos-protection-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/security/v1/dos-protection-profiles/{id}"""

class _AsyncDosProtectionRuleOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/security/v1/dos-protection-rules"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        to: builtins.list[str],
        source: builtins.list[str],
        service: builtins.list[str],
        protection: dict[str, Any],
        description: str | None = ...,
        disabled: bool | None = ...,
        position: Literal['pre', 'post'] | None = ...,
        schedule: str | None = ...,
        tag: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        action: dict[str, Any] | None = ...,
        log_setting: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/security/v1/dos-protection-rules"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/security/v1/dos-protection-rules/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        to: builtins.list[str],
        source: builtins.list[str],
        service: builtins.list[str],
        protection: dict[str, Any],
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        disabled: bool | None = ...,
        schedule: str | None = ...,
        tag: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        action: dict[str, Any] | None = ...,
        log_setting: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/security/v1/dos-protection-rules/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/security/v1/dos-protection-rules/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/dynamic-user-groups/{id}"""

class _AsyncEthernetInterfaceOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/ethernet-interfaces"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        default_value: str | None = ...,
        comment: str | None = ...,
        link_speed: Literal['auto', '10', '100', '1000', '10000', '40000', '100000'] | None = ...,
        link_duplex: Literal['auto', 'half', 'full'] | None = ...,
        link_state: Literal['auto', 'up', 'down'] | None = ...,
        poe: dict[str, Any] | None = ...,
        aggregate_group: str | None = ...,
        tap: dict[str, Any] | None = ...,
        layer2: dict[str, Any] | None = ...,
        layer3: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/ethernet-interfaces"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/ethernet-interfaces/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        default_value: str | None = ...,
        comment: str | None = ...,
        link_speed: Literal['auto', '10', '100', '1000', '10000', '40000', '100000'] | None = ...,
        link_duplex: Literal['auto', 'half', 'full'] | None = ...,
        link_state: Literal['auto', 'up', 'down'] | None = ...,
        poe: dict[str, Any] | None = ...,
        aggregate_group: str | None = ...,
        tap: dict[str, Any] | None = ...,
        layer2: dict[str, Any] | None = ...,
        layer3: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/ethernet-interfaces/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/ethernet-interfaces/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/setup/v1/folders/{id}"""

class _AsyncGlobalprotectMatchListOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/network/v1/globalprotect-match-list"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/globalprotect-match-list"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/globalprotect-match-list/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/globalprotect-match-list/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/globalprotect-match-list/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/hip-profiles/{id}"""

class _AsyncHipmatchMatchListOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/network/v1/hipmatch-match-list"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/hipmatch-match-list"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/hipmatch-match-list/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/hipmatch-match-list/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/hipmatch-match-list/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/http-header-profiles/{id}"""

class _AsyncHttpServerProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/objects/v1/http-server-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        server: builtins.list[dict[str, Any]] | None = ...,
        tag_registration: bool | None = ...,
        format: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/objects/v1/http-server-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/objects/v1/http-server-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        server: builtins.list[dict[str, Any]] | None = ...,
        tag_registration: bool | None = ...,
        format: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/objects/v1/http-server-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/objects/v1/http-server-profiles/{id}"""

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
        ake: dict[str, Any] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        authentication_multiple: int | None = ...,
        lifetime: dict[str, Any] | None = ...,
        ake: dict[str, Any] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        local_address: dict[str, Any] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        local_id: dict[str, Any] | None = ...,
        peer_id: dict[str, Any] | None = ...,
        protocol_common: dict[str, Any] | None = ...,
        local_address: dict[str, Any] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/ike-gateways/{id}"""
    @overload
    async def generatePpk(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def generatePpk(
        self,
        *,
        folder: str | None = ...,
        length: int | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/ike-gateways:generate-ppk"""

class _AsyncIncidentOps:
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
    ) -> Any:
        """GET /incidents/v1/details/{incident-id}"""
    @overload
    async def search(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def search(
        self,
        *,
        filter: dict[str, Any] | None = ...,
        pagination: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /incidents/v1/search"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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

class _AsyncInterfaceManagementProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/interface-management-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        http: bool | None = ...,
        https: bool | None = ...,
        telnet: bool | None = ...,
        ssh: bool | None = ...,
        ping: bool | None = ...,
        http_ocsp: bool | None = ...,
        response_pages: bool | None = ...,
        userid_service: bool | None = ...,
        userid_syslog_listener_ssl: bool | None = ...,
        userid_syslog_listener_udp: bool | None = ...,
        permitted_ip: builtins.list[dict[str, Any]] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/interface-management-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/interface-management-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        http: bool | None = ...,
        https: bool | None = ...,
        telnet: bool | None = ...,
        ssh: bool | None = ...,
        ping: bool | None = ...,
        http_ocsp: bool | None = ...,
        response_pages: bool | None = ...,
        userid_service: bool | None = ...,
        userid_syslog_listener_ssl: bool | None = ...,
        userid_syslog_listener_udp: bool | None = ...,
        permitted_ip: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/interface-management-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/interface-management-profiles/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        ake: dict[str, Any] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        dh_group: Literal['no-pfs', 'group1', 'group2', 'group5', 'group14', 'group19', 'group20'] | None = ...,
        lifesize: dict[str, Any] | None = ...,
        esp: dict[str, Any] | None = ...,
        ah: dict[str, Any] | None = ...,
        ake: dict[str, Any] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        tunnel_interface: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        anti_replay: bool | None = ...,
        copy_tos: bool | None = ...,
        enable_gre_encapsulation: bool | None = ...,
        tunnel_monitor: dict[str, Any] | None = ...,
        tunnel_interface: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/ipsec-tunnels/{id}"""

class _AsyncIptagMatchListOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/network/v1/iptag-match-list"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/iptag-match-list"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/iptag-match-list/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/iptag-match-list/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/iptag-match-list/{id}"""

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
        limit: float | None = ...,
        offset: float | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/kerberos-server-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        server: builtins.list[dict[str, Any]],
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/kerberos-server-profiles/{id}"""

class _AsyncLabelOps:
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
        """GET /config/setup/v1/labels"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/labels"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/labels/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/labels/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/setup/v1/labels/{id}"""

class _AsyncLayer2SubinterfaceOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/layer2-subinterfaces"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        vlan_tag: str,
        comment: str | None = ...,
        vlan_object: str | None = ...,
        parent_interface: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/layer2-subinterfaces"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/layer2-subinterfaces/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        vlan_tag: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        comment: str | None = ...,
        vlan_object: str | None = ...,
        parent_interface: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/layer2-subinterfaces/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/layer2-subinterfaces/{id}"""

class _AsyncLayer3SubinterfaceOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/layer3-subinterfaces"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        tag: int | None = ...,
        parent_interface: str | None = ...,
        comment: str | None = ...,
        mtu: int | None = ...,
        ddns_config: dict[str, Any] | None = ...,
        arp: builtins.list[dict[str, Any]] | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        dhcp_client: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/layer3-subinterfaces"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/layer3-subinterfaces/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        tag: int | None = ...,
        parent_interface: str | None = ...,
        comment: str | None = ...,
        mtu: int | None = ...,
        ddns_config: dict[str, Any] | None = ...,
        arp: builtins.list[dict[str, Any]] | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        dhcp_client: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/layer3-subinterfaces/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/layer3-subinterfaces/{id}"""

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
        name: str,
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
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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

class _AsyncLinkTagOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/link-tags"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        color: Literal['Red', 'Green', 'Blue', 'Yellow', 'Copper', 'Orange', 'Purple', 'Gray', 'Light Green', 'Cyan', 'Light Gray', 'Blue Gray', 'Lime', 'Black', 'Gold', 'Brown', 'Olive', 'Maroon', 'Red-Orange', 'Yellow-Orange', 'Forest Green', 'Turquoise Blue', 'Azure Blue', 'Cerulean Blue', 'Midnight Blue', 'Medium Blue', 'Cobalt Blue', 'Violet Blue', 'Blue Violet', 'Medium Violet', 'Medium Rose', 'Lavender', 'Orchid', 'Thistle', 'Peach', 'Salmon', 'Magenta', 'Red Violet', 'Mahogany', 'Burnt Sienna', 'Chestnut'] | None = ...,
        comments: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/link-tags"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/link-tags/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        color: Literal['Red', 'Green', 'Blue', 'Yellow', 'Copper', 'Orange', 'Purple', 'Gray', 'Light Green', 'Cyan', 'Light Gray', 'Blue Gray', 'Lime', 'Black', 'Gold', 'Brown', 'Olive', 'Maroon', 'Red-Orange', 'Yellow-Orange', 'Forest Green', 'Turquoise Blue', 'Azure Blue', 'Cerulean Blue', 'Midnight Blue', 'Medium Blue', 'Cobalt Blue', 'Violet Blue', 'Blue Violet', 'Medium Violet', 'Medium Rose', 'Lavender', 'Orchid', 'Thistle', 'Peach', 'Salmon', 'Magenta', 'Red Violet', 'Mahogany', 'Burnt Sienna', 'Chestnut'] | None = ...,
        comments: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/link-tags/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/link-tags/{id}"""

class _AsyncLldpProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/lldp-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        mode: str | None = ...,
        snmp_syslog_notification: bool | None = ...,
        option_tlvs: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/lldp-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/lldp-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        mode: str | None = ...,
        snmp_syslog_notification: bool | None = ...,
        option_tlvs: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/lldp-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/lldp-profiles/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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

class _AsyncLogForwardingProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/objects/v1/log-forwarding-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        match_list: builtins.list[dict[str, Any]],
        description: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/objects/v1/log-forwarding-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/objects/v1/log-forwarding-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        match_list: builtins.list[dict[str, Any]],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/objects/v1/log-forwarding-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/objects/v1/log-forwarding-profiles/{id}"""

class _AsyncLogicalRouterOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        pagination: bool | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/logical-routers"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        routing_stack: Literal['legacy', 'advanced'] | None = ...,
        vrf: builtins.list[dict[str, Any]] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/logical-routers"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/logical-routers/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        routing_stack: Literal['legacy', 'advanced'] | None = ...,
        vrf: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/logical-routers/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/logical-routers/{id}"""

class _AsyncLoopbackInterfaceOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/loopback-interfaces"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        default_value: str | None = ...,
        comment: str | None = ...,
        mtu: int | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        ipv6: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/loopback-interfaces"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/loopback-interfaces/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        default_value: str | None = ...,
        comment: str | None = ...,
        mtu: int | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        ipv6: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/loopback-interfaces/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/loopback-interfaces/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
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
        name: str | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/mobile-agent/authentication-settings"""
    @overload
    async def move(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def move(
        self,
        *,
        name: str,
        folder: Any = ...,
        where: Literal['before', 'after', 'top', 'bottom'] | None = ...,
        destination: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/mobile-agent/v1/authentication-settings/{name}:move"""

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

class _AsyncMobileAgentForwardingProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        folder: Any = ...,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        folder: Any = ...,
        description: str | None = ...,
        definition_method: Literal['rules', 'pac-file'] | None = ...,
        type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/mobile-agent/v1/forwarding-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        definition_method: Literal['rules', 'pac-file'] | None = ...,
        type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/mobile-agent/v1/forwarding-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/mobile-agent/v1/forwarding-profiles/{id}"""

class _AsyncMobileAgentForwardingProfileDestinationOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        folder: Any = ...,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-destinations"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        folder: Any = ...,
        description: str | None = ...,
        fqdn: builtins.list[dict[str, Any]] | None = ...,
        ip_addresses: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/mobile-agent/v1/forwarding-profile-destinations"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-destinations/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        fqdn: builtins.list[dict[str, Any]] | None = ...,
        ip_addresses: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/mobile-agent/v1/forwarding-profile-destinations/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/mobile-agent/v1/forwarding-profile-destinations/{id}"""

class _AsyncMobileAgentForwardingProfileRegionalAndCustomProxyOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        folder: Any = ...,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-regional-and-custom-proxies"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        folder: Any = ...,
        type: Literal['gp-and-pac', 'ztna-agent'] | None = ...,
        description: str | None = ...,
        proxy_1: dict[str, Any] | None = ...,
        proxy_2: dict[str, Any] | None = ...,
        connectivity_preference: builtins.list[dict[str, Any]] | None = ...,
        fallback_option: Literal['fail-open', 'fail-safe'] | None = ...,
        location_preference: Literal['best-available-pa-location', 'specific-pa-location'] | None = ...,
        prisma_access_locations: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/mobile-agent/v1/forwarding-profile-regional-and-custom-proxies"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-regional-and-custom-proxies/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        type: Literal['gp-and-pac', 'ztna-agent'] | None = ...,
        description: str | None = ...,
        proxy_1: dict[str, Any] | None = ...,
        proxy_2: dict[str, Any] | None = ...,
        connectivity_preference: builtins.list[dict[str, Any]] | None = ...,
        fallback_option: Literal['fail-open', 'fail-safe'] | None = ...,
        location_preference: Literal['best-available-pa-location', 'specific-pa-location'] | None = ...,
        prisma_access_locations: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/mobile-agent/v1/forwarding-profile-regional-and-custom-proxies/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/mobile-agent/v1/forwarding-profile-regional-and-custom-proxies/{id}"""

class _AsyncMobileAgentForwardingProfileSourceApplicationOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        folder: Any = ...,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-source-applications"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        applications: builtins.list[str],
        folder: Any = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/mobile-agent/v1/forwarding-profile-source-applications"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-source-applications/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        applications: builtins.list[str],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/mobile-agent/v1/forwarding-profile-source-applications/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/mobile-agent/v1/forwarding-profile-source-applications/{id}"""

class _AsyncMobileAgentForwardingProfileUserLocationOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        folder: Any = ...,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-user-locations"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        choice: dict[str, Any],
        folder: Any = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/mobile-agent/v1/forwarding-profile-user-locations"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/mobile-agent/v1/forwarding-profile-user-locations/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        choice: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/mobile-agent/v1/forwarding-profile-user-locations/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/mobile-agent/v1/forwarding-profile-user-locations/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        static_ip_pools: builtins.list[dict[str, Any]] | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
        enable_wins: dict[str, Any] | None = ...,
        ipv6: bool | None = ...,
        udp_queries: dict[str, Any] | None = ...,
        static_ip_pools: builtins.list[dict[str, Any]] | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
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
        snippet: str | None = ...,
        device: str | None = ...,
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

class _AsyncNatRuleOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        position: Literal['pre', 'post'] | None = ...,
    ) -> Any:
        """GET /config/network/v1/nat-rules"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        source: builtins.list[str],
        to: builtins.list[str],
        destination: builtins.list[str],
        service: str,
        position: Literal['pre', 'post'] | None = ...,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        nat_type: Literal['ipv4', 'nat64', 'nptv6'] | None = ...,
        to_interface: str | None = ...,
        source_translation: dict[str, Any] | None = ...,
        active_active_device_binding: Literal['primary', 'both', '0', '1'] | None = ...,
        destination_translation: dict[str, Any] | None = ...,
        dynamic_destination_translation: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/nat-rules"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/nat-rules/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        source: builtins.list[str],
        to: builtins.list[str],
        destination: builtins.list[str],
        service: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        disabled: bool | None = ...,
        nat_type: Literal['ipv4', 'nat64', 'nptv6'] | None = ...,
        to_interface: str | None = ...,
        source_translation: dict[str, Any] | None = ...,
        active_active_device_binding: Literal['primary', 'both', '0', '1'] | None = ...,
        destination_translation: dict[str, Any] | None = ...,
        dynamic_destination_translation: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/nat-rules/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/nat-rules/{id}"""

class _AsyncNetworkPacketBrokerProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        folder: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/network_packet_broker_profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        flow: Literal['routed', 'transparent'] | None = ...,
        interface_primary: str | None = ...,
        interface_secondary: str | None = ...,
        disable_override: str | None = ...,
        routed: dict[str, Any] | None = ...,
        transparent: dict[str, Any] | None = ...,
        health_check: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/network_packet_broker_profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/network_packet_broker_profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        flow: Literal['routed', 'transparent'] | None = ...,
        interface_primary: str | None = ...,
        interface_secondary: str | None = ...,
        disable_override: str | None = ...,
        routed: dict[str, Any] | None = ...,
        transparent: dict[str, Any] | None = ...,
        health_check: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/network_packet_broker_profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/network_packet_broker_profiles/{id}"""

class _AsyncNetworkPacketBrokerRuleOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        folder: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/network_packet_broker_rules"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        action: dict[str, Any],
        description: str | None = ...,
        group_tag: str | None = ...,
        to: builtins.list[str] | None = ...,
        source: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        application: builtins.list[str] | None = ...,
        service: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        source_hip: builtins.list[str] | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        negate_source: bool | None = ...,
        negate_destination: bool | None = ...,
        disabled: bool | None = ...,
        traffic_type: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/network_packet_broker_rules"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/network_packet_broker_rules/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        action: dict[str, Any],
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        group_tag: str | None = ...,
        to: builtins.list[str] | None = ...,
        source: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        application: builtins.list[str] | None = ...,
        service: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        source_hip: builtins.list[str] | None = ...,
        destination_hip: builtins.list[str] | None = ...,
        tag: builtins.list[str] | None = ...,
        negate_source: bool | None = ...,
        negate_destination: bool | None = ...,
        disabled: bool | None = ...,
        traffic_type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/network_packet_broker_rules/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/network_packet_broker_rules/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/ocsp-responder/{id}"""

class _AsyncOspfAuthProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/ospf-auth-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        password: str | None = ...,
        md5: builtins.list[dict[str, Any]] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/ospf-auth-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/ospf-auth-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        password: str | None = ...,
        md5: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/ospf-auth-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/ospf-auth-profiles/{id}"""

class _AsyncPbfRuleOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/pbf-rules"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str | None = ...,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        schedule: str | None = ...,
        source: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        service: builtins.list[str] | None = ...,
        application: builtins.list[str] | None = ...,
        action: dict[str, Any] | None = ...,
        enforce_symmetric_return: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/pbf-rules"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/pbf-rules/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: str | None = ...,
        description: str | None = ...,
        tag: builtins.list[str] | None = ...,
        schedule: str | None = ...,
        source: builtins.list[str] | None = ...,
        source_user: builtins.list[str] | None = ...,
        destination: builtins.list[str] | None = ...,
        service: builtins.list[str] | None = ...,
        application: builtins.list[str] | None = ...,
        action: dict[str, Any] | None = ...,
        enforce_symmetric_return: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/pbf-rules/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/pbf-rules/{id}"""

class _AsyncPrismaAccessIpOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        serviceType: Literal['all', 'remote_network', 'gp_gateway', 'gp_portal', 'clean_pipe', 'swg_proxy'],
        addrType: Literal['all', 'active', 'reserved', 'service_ip', 'auth_cache_service', 'network_load_balancer'],
        location: Literal['all', 'deployed'],
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /getPrismaAccessIP/v2"""

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
        ai_security: builtins.list[str] | None = ...,
        data_filtering: builtins.list[str] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        dns_security: builtins.list[str] | None = ...,
        file_blocking: builtins.list[str] | None = ...,
        saas_security: builtins.list[str] | None = ...,
        spyware: builtins.list[str] | None = ...,
        url_filtering: builtins.list[str] | None = ...,
        virus_and_wildfire_analysis: builtins.list[str] | None = ...,
        vulnerability: builtins.list[str] | None = ...,
        ai_security: builtins.list[str] | None = ...,
        data_filtering: builtins.list[str] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/quarantined-devices"""

class _AsyncRadiusServerProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/radius-server-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        server: builtins.list[dict[str, Any]],
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        name: str,
        region: str,
        folder: str | None = ...,
        ecmp_load_balancing: Literal['enable', 'disable'] | None = ...,
        ecmp_tunnels: builtins.list[dict[str, Any]] | None = ...,
        ipsec_tunnel: str | None = ...,
        license_type: str | None = ...,
        protocol: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        spn_name: str | None = ...,
        subnets: builtins.list[str] | None = ...,
        description: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        ecmp_load_balancing: Literal['enable', 'disable'] | None = ...,
        ecmp_tunnels: builtins.list[dict[str, Any]] | None = ...,
        ipsec_tunnel: str | None = ...,
        license_type: str | None = ...,
        protocol: dict[str, Any] | None = ...,
        secondary_ipsec_tunnel: str | None = ...,
        spn_name: str | None = ...,
        subnets: builtins.list[str] | None = ...,
        description: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/remote-networks/{id}"""

class _AsyncRemoteNetworksLicenseInfoOps:
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
    ) -> Any:
        """GET /config/network/v1/remote-networks-license-info"""

class _AsyncRouteAccessListOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/route-access-lists"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        type: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/route-access-lists"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/route-access-lists/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/route-access-lists/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/route-access-lists/{id}"""

class _AsyncRouteCommunityListOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/route-community-lists"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        type: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/route-community-lists"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/route-community-lists/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/route-community-lists/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/route-community-lists/{id}"""

class _AsyncRoutePathAccessListOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/route-path-access-lists"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        aspath_entry: builtins.list[dict[str, Any]] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/route-path-access-lists"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/route-path-access-lists/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        aspath_entry: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/route-path-access-lists/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/route-path-access-lists/{id}"""

class _AsyncRoutePrefixListOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/route-prefix-lists"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        type: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/route-prefix-lists"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/route-prefix-lists/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        type: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/route-prefix-lists/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/route-prefix-lists/{id}"""

class _AsyncSaasTenantRestrictionOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/security/v1/saas-tenant-restrictions"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        snippet: str | None = ...,
        folder: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        domains: builtins.list[str] | None = ...,
        headers: builtins.list[dict[str, Any]] | None = ...,
        name: str | None = ...,
        saas_edl: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/security/v1/saas-tenant-restrictions"""

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
        name: str,
        entity_id: str | None = ...,
        max_clock_skew: int | None = ...,
        slo_bindings: Literal['post', 'redirect'] | None = ...,
        sso_bindings: Literal['post', 'redirect'] | None = ...,
        sso_url: str | None = ...,
        validate_idp_certificate: bool | None = ...,
        want_auth_requests_signed: bool | None = ...,
        slo_url: str | None = ...,
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
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        entity_id: str | None = ...,
        max_clock_skew: int | None = ...,
        slo_bindings: Literal['post', 'redirect'] | None = ...,
        sso_bindings: Literal['post', 'redirect'] | None = ...,
        sso_url: str | None = ...,
        validate_idp_certificate: bool | None = ...,
        want_auth_requests_signed: bool | None = ...,
        slo_url: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/schedules/{id}"""

class _AsyncSdwanErrorCorrectionProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/sdwan-error-correction-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        activation_threshold: int,
        mode: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/sdwan-error-correction-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/sdwan-error-correction-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        activation_threshold: int,
        mode: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/sdwan-error-correction-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/sdwan-error-correction-profiles/{id}"""

class _AsyncSdwanPathQualityProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/sdwan-path-quality-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        metric: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/sdwan-path-quality-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/sdwan-path-quality-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        metric: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/sdwan-path-quality-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/sdwan-path-quality-profiles/{id}"""

class _AsyncSdwanRuleOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/sdwan-rules"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        position: Literal['pre', 'post'],
        to: builtins.list[str],
        source: builtins.list[str],
        source_user: builtins.list[str],
        destination: builtins.list[str],
        application: builtins.list[str],
        service: builtins.list[str],
        path_quality_profile: str,
        action: dict[str, Any],
        description: str | None = ...,
        disabled: bool | None = ...,
        tag: builtins.list[str] | None = ...,
        negate_source: bool | None = ...,
        negate_destination: bool | None = ...,
        saas_quality_profile: str | None = ...,
        error_correction_profile: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/sdwan-rules"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/sdwan-rules/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        to: builtins.list[str],
        source: builtins.list[str],
        source_user: builtins.list[str],
        destination: builtins.list[str],
        application: builtins.list[str],
        service: builtins.list[str],
        path_quality_profile: str,
        action: dict[str, Any],
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        disabled: bool | None = ...,
        tag: builtins.list[str] | None = ...,
        negate_source: bool | None = ...,
        negate_destination: bool | None = ...,
        saas_quality_profile: str | None = ...,
        error_correction_profile: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/sdwan-rules/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/sdwan-rules/{id}"""

class _AsyncSdwanSaasQualityProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/sdwan-saas-quality-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        monitor_mode: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/sdwan-saas-quality-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/sdwan-saas-quality-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        monitor_mode: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/sdwan-saas-quality-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/sdwan-saas-quality-profiles/{id}"""

class _AsyncSdwanTrafficDistributionProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/sdwan-traffic-distribution-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        traffic_distribution: Literal['Best Available Path', 'Top Down Priority', 'Weighted Session Distribution'] | None = ...,
        link_tags: builtins.list[dict[str, Any]] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/sdwan-traffic-distribution-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/sdwan-traffic-distribution-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        traffic_distribution: Literal['Best Available Path', 'Top Down Priority', 'Weighted Session Distribution'] | None = ...,
        link_tags: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/sdwan-traffic-distribution-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/sdwan-traffic-distribution-profiles/{id}"""

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
        policy_type: str | None = ...,
        schedule: str | None = ...,
        log_start: bool | None = ...,
        log_end: bool | None = ...,
        tenant_restrictions: builtins.list[str] | None = ...,
        negate_user: bool | None = ...,
        devices: builtins.list[str] | None = ...,
        log_settings: dict[str, Any] | None = ...,
        security_settings: dict[str, Any] | None = ...,
        block_web_application: builtins.list[str] | None = ...,
        block_url_category: builtins.list[str] | None = ...,
        allow_web_application: builtins.list[dict[str, Any]] | None = ...,
        allow_url_category: builtins.list[dict[str, Any]] | None = ...,
        default_profile_settings: dict[str, Any] | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        policy_type: str | None = ...,
        schedule: str | None = ...,
        log_start: bool | None = ...,
        log_end: bool | None = ...,
        tenant_restrictions: builtins.list[str] | None = ...,
        negate_user: bool | None = ...,
        devices: builtins.list[str] | None = ...,
        log_settings: dict[str, Any] | None = ...,
        security_settings: dict[str, Any] | None = ...,
        block_web_application: builtins.list[str] | None = ...,
        block_url_category: builtins.list[str] | None = ...,
        allow_web_application: builtins.list[dict[str, Any]] | None = ...,
        allow_url_category: builtins.list[dict[str, Any]] | None = ...,
        default_profile_settings: dict[str, Any] | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        ipsec_tunnel: str,
        name: str,
        region: str,
        folder: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/service-groups/{id}"""

class _AsyncSharedSnippetOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
    ) -> Any:
        """GET /config/setup/v1/shared-snippets"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        pause_update: bool | None = ...,
        validate_before_update: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/shared-snippets"""
    @overload
    async def load(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def load(
        self,
        *,
        id: str,
        validation: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/shared-snippets:load"""

class _AsyncSiteOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: Any = ...,
    ) -> Any:
        """GET /config/deployment/v1/sites"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        type: Literal['prisma-sdwan', 'third-party-branch', 'third-party-discovered'] | None = ...,
        members: builtins.list[dict[str, Any]] | None = ...,
        country: str | None = ...,
        city: str | None = ...,
        state: str | None = ...,
        address_line_1: str | None = ...,
        address_line_2: str | None = ...,
        latitude: str | None = ...,
        longitude: str | None = ...,
        zip_code: str | None = ...,
        qos: dict[str, Any] | None = ...,
        license_type: Literal['FWAAS-SITE-25Mbps', 'FWAAS-SITE-50Mbps', 'FWAAS-SITE-250Mbps', 'FWAAS-SITE-1000Mbps', 'FWAAS-SITE-2500Mbps'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/deployment/v1/sites"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/deployment/v1/sites/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        type: Literal['prisma-sdwan', 'third-party-branch', 'third-party-discovered'] | None = ...,
        members: builtins.list[dict[str, Any]] | None = ...,
        country: str | None = ...,
        city: str | None = ...,
        state: str | None = ...,
        address_line_1: str | None = ...,
        address_line_2: str | None = ...,
        latitude: str | None = ...,
        longitude: str | None = ...,
        zip_code: str | None = ...,
        qos: dict[str, Any] | None = ...,
        license_type: Literal['FWAAS-SITE-25Mbps', 'FWAAS-SITE-50Mbps', 'FWAAS-SITE-250Mbps', 'FWAAS-SITE-1000Mbps', 'FWAAS-SITE-2500Mbps'] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/deployment/v1/sites/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/deployment/v1/sites/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/setup/v1/snippets/{id}"""

class _AsyncSnippetAuditLogOps:
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        donor_tsg: str | None = ...,
        donor_tenant_name: str | None = ...,
        recipient_tsg: str | None = ...,
        recipient_tenant_name: str | None = ...,
        donor_created: int | None = ...,
        snippet_uuid: str | None = ...,
        version: str | None = ...,
        action: str | None = ...,
        details: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-audit-logs"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
        type: Literal['subscriber', 'publisher'],
    ) -> Any:
        """GET /config/setup/v1/snippet-audit-logs/{id}"""

class _AsyncSnippetCategoryOps:
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
        """GET /config/setup/v1/snippet-categories"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/snippet-categories/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/setup/v1/snippet-categories/{id}"""

class _AsyncSnippetSnapshotOps:
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        id: str,
        description: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-snapshots"""
    @overload
    async def compare(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def compare(
        self,
        *,
        id: str,
        version: int,
        comparing_version: int,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-snapshots:compare"""
    @overload
    async def convert(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def convert(
        self,
        *,
        id: str | None = ...,
        keep_local: bool | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-snapshots:convert"""
    @overload
    async def diff(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def diff(
        self,
        *,
        snippet_id: str,
        object_id: str,
        version: int,
        comparing_version: int | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-snapshots:diff"""
    @overload
    async def load(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def load(
        self,
        *,
        id: str,
        version: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-snapshots:load"""
    @overload
    async def publish(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def publish(
        self,
        *,
        id: str | None = ...,
        name: str | None = ...,
        tsgs: builtins.list[str] | None = ...,
        validation: bool | None = ...,
        version: int | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-snapshots:publish"""
    @overload
    async def updates(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def updates(
        self,
        *,
        id: str,
        tenant_id: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/snippet-snapshots:updates"""

class _AsyncSslDecryptionSettingOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/security/v1/ssl-decryption-settings"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        disabled_ssl_exclude_cert_from_predefined: builtins.list[dict[str, Any]] | None = ...,
        forward_trust_certificate: dict[str, Any] | None = ...,
        forward_untrust_certificate: dict[str, Any] | None = ...,
        root_ca_exclude_list: builtins.list[dict[str, Any]] | None = ...,
        ssl_exclude_cert: builtins.list[dict[str, Any]] | None = ...,
        trusted_root_CA: builtins.list[dict[str, Any]] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/security/v1/ssl-decryption-settings"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        ssl_decrypt: dict[str, Any],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/security/v1/ssl-decryption-settings"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/security/v1/ssl-decryption-settings"""

class _AsyncSubscribedTenantOps:
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/subscribed-tenants"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/subscribed-tenants/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        tsg_id: str,
        snippet_id: str,
        snippet_name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        property: builtins.list[dict[str, Any]] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/subscribed-tenants"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        tsgs: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/setup/v1/subscribed-tenants"""

class _AsyncSyslogServerProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/objects/v1/syslog-server-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        server: builtins.list[dict[str, Any]],
        format: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/objects/v1/syslog-server-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/objects/v1/syslog-server-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        server: builtins.list[dict[str, Any]],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        format: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/objects/v1/syslog-server-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/objects/v1/syslog-server-profiles/{id}"""

class _AsyncSystemMatchListOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/network/v1/system-match-list"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        filter: str | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/system-match-list"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/system-match-list/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        filter: str | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/system-match-list/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/system-match-list/{id}"""

class _AsyncTacacsServerProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: float | None = ...,
        offset: float | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: str | None = ...,
    ) -> Any:
        """GET /sse/config/v1/tacacs-server-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        protocol: Literal['CHAP', 'PAP'],
        server: builtins.list[dict[str, Any]],
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        certificate: str | None = ...,
        protocol_settings: dict[str, Any] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        position: Literal['pre', 'post'] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/traffic-steering-rules/{id}"""

class _AsyncTrustOps:
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        tsg: str | None = ...,
        donor_tenant_name: str | None = ...,
        recipient_tenant_name: str | None = ...,
        trust_id: int | None = ...,
        psk: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/trusts"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        trustids: str,
        type: Literal['subscriber', 'publisher'],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/setup/v1/trusts"""

class _AsyncTrustValidationOps:
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        tsg: str,
        donor_tenant_name: str,
        recipient_tenant_name: str,
        trust_id: int | None,
        psk: str,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/trust-validations"""

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

class _AsyncTrustedTenantOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        type: Literal['subscriber', 'publisher'],
    ) -> Any:
        """GET /config/setup/v1/trusted-tenants"""

class _AsyncTrustedTenantOverviewOps:
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
    ) -> Any:
        """GET /config/setup/v1/trusted-tenant-overview"""

class _AsyncTunnelInterfaceOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/tunnel-interfaces"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        default_value: str | None = ...,
        comment: str | None = ...,
        mtu: int | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        ipv6: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/tunnel-interfaces"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/tunnel-interfaces/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        default_value: str | None = ...,
        comment: str | None = ...,
        mtu: int | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        ipv6: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/tunnel-interfaces/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/tunnel-interfaces/{id}"""

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
        redirect: builtins.list[str] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        redirect: builtins.list[str] | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/url-access-profiles/{id}"""

class _AsyncUrlAdminOverrideOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        name: bool | None = ...,
    ) -> Any:
        """GET /config/security/v1/url-admin-override"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        password: str | None = ...,
        ssl_tls_service_profile: str | None = ...,
        mode: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/security/v1/url-admin-override"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/security/v1/url-admin-override/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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

class _AsyncUseridMatchListOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        offset: int | None = ...,
        limit: int | None = ...,
    ) -> Any:
        """GET /config/network/v1/userid-match-list"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/userid-match-list"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/userid-match-list/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        filter: str | None = ...,
        quarantine: bool | None = ...,
        send_to_panorama: bool | None = ...,
        send_email: builtins.list[str] | None = ...,
        send_http: builtins.list[str] | None = ...,
        send_snmptrap: builtins.list[str] | None = ...,
        send_syslog: builtins.list[str] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/userid-match-list/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/userid-match-list/{id}"""

class _AsyncVariableOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/setup/v1/variables"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        type: Literal['percent', 'count', 'ip-netmask', 'zone', 'ip-range', 'ip-wildcard', 'device-priority', 'device-id', 'egress-max', 'as-number', 'fqdn', 'port', 'link-tag', 'group-id', 'rate', 'router-id', 'qos-profile', 'timer'],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        value: str | dict[str, Any] | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/setup/v1/variables"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/setup/v1/variables/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        type: Literal['percent', 'count', 'ip-netmask', 'zone', 'ip-range', 'ip-wildcard', 'device-priority', 'device-id', 'egress-max', 'as-number', 'fqdn', 'port', 'link-tag', 'group-id', 'rate', 'router-id', 'qos-profile', 'timer'],
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        value: str | dict[str, Any] | None = ...,
        description: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/setup/v1/variables/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/setup/v1/variables/{id}"""

class _AsyncVlanInterfaceOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/vlan-interfaces"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        default_value: str | None = ...,
        comment: str | None = ...,
        vlan_tag: str | None = ...,
        vlan_object: str | None = ...,
        mtu: int | None = ...,
        ddns_config: dict[str, Any] | None = ...,
        arp: builtins.list[dict[str, Any]] | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        dhcp_client: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/vlan-interfaces"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/vlan-interfaces/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        default_value: str | None = ...,
        comment: str | None = ...,
        vlan_tag: str | None = ...,
        vlan_object: str | None = ...,
        mtu: int | None = ...,
        ddns_config: dict[str, Any] | None = ...,
        arp: builtins.list[dict[str, Any]] | None = ...,
        interface_management_profile: str | None = ...,
        netflow_profile: str | None = ...,
        ip: builtins.list[dict[str, Any]] | None = ...,
        dhcp_client: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/vlan-interfaces/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/vlan-interfaces/{id}"""

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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
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
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /sse/config/v1/wildfire-anti-virus-profiles/{id}"""

class _AsyncZoneOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/zones"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        folder: str | None = ...,
        enable_user_identification: bool | None = ...,
        enable_device_identification: bool | None = ...,
        network: dict[str, Any] | None = ...,
        user_acl: dict[str, Any] | None = ...,
        device_acl: dict[str, Any] | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/zones"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/zones/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        enable_user_identification: bool | None = ...,
        enable_device_identification: bool | None = ...,
        network: dict[str, Any] | None = ...,
        user_acl: dict[str, Any] | None = ...,
        device_acl: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/zones/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/zones/{id}"""

class _AsyncZoneProtectionProfileOps:
    @overload
    async def list(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def list(
        self,
        *,
        limit: int | None = ...,
        offset: int | None = ...,
        name: str | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """GET /config/network/v1/zone-protection-profiles"""
    @overload
    async def create(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = ...,
        flood: dict[str, Any] | None = ...,
        scan: builtins.list[dict[str, Any]] | None = ...,
        scan_white_list: builtins.list[dict[str, Any]] | None = ...,
        spoofed_ip_discard: bool | None = ...,
        strict_ip_check: bool | None = ...,
        fragmented_traffic_discard: bool | None = ...,
        strict_source_routing_discard: bool | None = ...,
        loose_source_routing_discard: bool | None = ...,
        timestamp_discard: bool | None = ...,
        record_route_discard: bool | None = ...,
        security_discard: bool | None = ...,
        stream_id_discard: bool | None = ...,
        unknown_option_discard: bool | None = ...,
        malformed_option_discard: bool | None = ...,
        mismatched_overlapping_tcp_segment_discard: bool | None = ...,
        tcp_handshake_discard: bool | None = ...,
        tcp_syn_with_data_discard: bool | None = ...,
        tcp_synack_with_data_discard: bool | None = ...,
        reject_non_syn_tcp: Literal['global', 'yes', 'no'] | None = ...,
        asymmetric_path: Literal['global', 'drop', 'bypass'] | None = ...,
        tcp_timestamp_strip: bool | None = ...,
        tcp_fast_open_and_data_strip: bool | None = ...,
        mptcp_option_strip: Literal['no', 'yes', 'global'] | None = ...,
        icmp_ping_zero_id_discard: bool | None = ...,
        icmp_frag_discard: bool | None = ...,
        icmp_large_packet_discard: bool | None = ...,
        discard_icmp_embedded_error: bool | None = ...,
        suppress_icmp_timeexceeded: bool | None = ...,
        suppress_icmp_needfrag: bool | None = ...,
        ipv6: dict[str, Any] | None = ...,
        non_ip_protocol: dict[str, Any] | None = ...,
        l2_sec_group_tag_protection: dict[str, Any] | None = ...,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """POST /config/network/v1/zone-protection-profiles"""
    @overload
    async def get(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def get(
        self,
        *,
        id: str,
    ) -> Any:
        """GET /config/network/v1/zone-protection-profiles/{id}"""
    @overload
    async def update(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def update(
        self,
        *,
        id: str,
        name: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
        description: str | None = ...,
        flood: dict[str, Any] | None = ...,
        scan: builtins.list[dict[str, Any]] | None = ...,
        scan_white_list: builtins.list[dict[str, Any]] | None = ...,
        spoofed_ip_discard: bool | None = ...,
        strict_ip_check: bool | None = ...,
        fragmented_traffic_discard: bool | None = ...,
        strict_source_routing_discard: bool | None = ...,
        loose_source_routing_discard: bool | None = ...,
        timestamp_discard: bool | None = ...,
        record_route_discard: bool | None = ...,
        security_discard: bool | None = ...,
        stream_id_discard: bool | None = ...,
        unknown_option_discard: bool | None = ...,
        malformed_option_discard: bool | None = ...,
        mismatched_overlapping_tcp_segment_discard: bool | None = ...,
        tcp_handshake_discard: bool | None = ...,
        tcp_syn_with_data_discard: bool | None = ...,
        tcp_synack_with_data_discard: bool | None = ...,
        reject_non_syn_tcp: Literal['global', 'yes', 'no'] | None = ...,
        asymmetric_path: Literal['global', 'drop', 'bypass'] | None = ...,
        tcp_timestamp_strip: bool | None = ...,
        tcp_fast_open_and_data_strip: bool | None = ...,
        mptcp_option_strip: Literal['no', 'yes', 'global'] | None = ...,
        icmp_ping_zero_id_discard: bool | None = ...,
        icmp_frag_discard: bool | None = ...,
        icmp_large_packet_discard: bool | None = ...,
        discard_icmp_embedded_error: bool | None = ...,
        suppress_icmp_timeexceeded: bool | None = ...,
        suppress_icmp_needfrag: bool | None = ...,
        ipv6: dict[str, Any] | None = ...,
        non_ip_protocol: dict[str, Any] | None = ...,
        l2_sec_group_tag_protection: dict[str, Any] | None = ...,
        body: Mapping[str, Any] | None = ...,
    ) -> Any:
        """PUT /config/network/v1/zone-protection-profiles/{id}"""
    @overload
    async def delete(self, parameters: Mapping[str, Any], /, **params: Any) -> Any: ...
    @overload
    async def delete(
        self,
        *,
        id: str,
        folder: str | None = ...,
        snippet: str | None = ...,
        device: str | None = ...,
    ) -> Any:
        """DELETE /config/network/v1/zone-protection-profiles/{id}"""

class Resources:
    # client.address.create(folder=..., ...)
    address: _AddressOps
    addressGroup: _AddressGroupOps
    advancedDeviceObject: _AdvancedDeviceObjectOps
    aggregateInterface: _AggregateInterfaceOps
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
    autoVpnCluster: _AutoVpnClusterOps
    autoVpnMonitor: _AutoVpnMonitorOps
    autoVpnPush: _AutoVpnPushOps
    autoVpnSetting: _AutoVpnSettingOps
    bandwidthAllocation: _BandwidthAllocationOps
    bgpAddressFamilyProfile: _BgpAddressFamilyProfileOps
    bgpAuthProfile: _BgpAuthProfileOps
    bgpFilteringProfile: _BgpFilteringProfileOps
    bgpRedistributionProfile: _BgpRedistributionProfileOps
    bgpRouteMap: _BgpRouteMapOps
    bgpRouteMapRedistribution: _BgpRouteMapRedistributionOps
    certificate: _CertificateOps
    certificateProfile: _CertificateProfileOps
    configMatchList: _ConfigMatchListOps
    configVersion: _ConfigVersionOps
    dataFilteringProfile: _DataFilteringProfileOps
    dataObject: _DataObjectOps
    dataResource: _DataResourceOps
    dataResourceCustom: _DataResourceCustomOps
    decryptionExclusion: _DecryptionExclusionOps
    decryptionProfile: _DecryptionProfileOps
    decryptionRule: _DecryptionRuleOps
    device: _DeviceOps
    deviceContextSegment: _DeviceContextSegmentOps
    dhcpInterface: _DhcpInterfaceOps
    dnsProxy: _DnsProxyOps
    dnsSecurityProfile: _DnsSecurityProfileOps
    dosProtectionProfile: _DosProtectionProfileOps
    dosProtectionRule: _DosProtectionRuleOps
    dynamicUserGroup: _DynamicUserGroupOps
    ethernetInterface: _EthernetInterfaceOps
    externalDynamicList: _ExternalDynamicListOps
    fileBlockingProfile: _FileBlockingProfileOps
    folder: _FolderOps
    globalprotectMatchList: _GlobalprotectMatchListOps
    hipObject: _HipObjectOps
    hipProfile: _HipProfileOps
    hipmatchMatchList: _HipmatchMatchListOps
    httpHeaderProfile: _HttpHeaderProfileOps
    httpServerProfile: _HttpServerProfileOps
    ikeCryptoProfile: _IkeCryptoProfileOps
    ikeGateway: _IkeGatewayOps
    incident: _IncidentOps
    infrastructureSetting: _InfrastructureSettingOps
    interfaceManagementProfile: _InterfaceManagementProfileOps
    internalDnsServer: _InternalDnsServerOps
    ipsecCryptoProfile: _IpsecCryptoProfileOps
    ipsecTunnel: _IpsecTunnelOps
    iptagMatchList: _IptagMatchListOps
    job: _JobOps
    kerberosServerProfile: _KerberosServerProfileOps
    label: _LabelOps
    layer2Subinterface: _Layer2SubinterfaceOps
    layer3Subinterface: _Layer3SubinterfaceOps
    ldapServerProfile: _LdapServerProfileOps
    licenseType: _LicenseTypeOps
    linkTag: _LinkTagOps
    lldpProfile: _LldpProfileOps
    localUser: _LocalUserOps
    localUserGroup: _LocalUserGroupOps
    location: _LocationOps
    logForwardingProfile: _LogForwardingProfileOps
    logicalRouter: _LogicalRouterOps
    loopbackInterface: _LoopbackInterfaceOps
    mfaServer: _MfaServerOps
    mobileAgentAgentProfile: _MobileAgentAgentProfileOps
    mobileAgentAgentVersion: _MobileAgentAgentVersionOps
    mobileAgentAuthenticationSetting: _MobileAgentAuthenticationSettingOps
    mobileAgentEnable: _MobileAgentEnableOps
    mobileAgentForwardingProfile: _MobileAgentForwardingProfileOps
    mobileAgentForwardingProfileDestination: _MobileAgentForwardingProfileDestinationOps
    mobileAgentForwardingProfileRegionalAndCustomProxy: _MobileAgentForwardingProfileRegionalAndCustomProxyOps
    mobileAgentForwardingProfileSourceApplication: _MobileAgentForwardingProfileSourceApplicationOps
    mobileAgentForwardingProfileUserLocation: _MobileAgentForwardingProfileUserLocationOps
    mobileAgentGlobalSetting: _MobileAgentGlobalSettingOps
    mobileAgentInfrastructureSetting: _MobileAgentInfrastructureSettingOps
    mobileAgentLocation: _MobileAgentLocationOps
    mobileAgentTunnelProfile: _MobileAgentTunnelProfileOps
    mobileAgentUserAuthentication: _MobileAgentUserAuthenticationOps
    natRule: _NatRuleOps
    networkPacketBrokerProfile: _NetworkPacketBrokerProfileOps
    networkPacketBrokerRule: _NetworkPacketBrokerRuleOps
    ocspResponder: _OcspResponderOps
    ospfAuthProfile: _OspfAuthProfileOps
    pbfRule: _PbfRuleOps
    prismaAccessIp: _PrismaAccessIpOps
    profileGroup: _ProfileGroupOps
    qosPolicyRule: _QosPolicyRuleOps
    qosProfile: _QosProfileOps
    quarantinedDevice: _QuarantinedDeviceOps
    radiusServerProfile: _RadiusServerProfileOps
    region: _RegionOps
    remoteNetwork: _RemoteNetworkOps
    remoteNetworksLicenseInfo: _RemoteNetworksLicenseInfoOps
    routeAccessList: _RouteAccessListOps
    routeCommunityList: _RouteCommunityListOps
    routePathAccessList: _RoutePathAccessListOps
    routePrefixList: _RoutePrefixListOps
    saasTenantRestriction: _SaasTenantRestrictionOps
    samlServerProfile: _SamlServerProfileOps
    scepProfile: _ScepProfileOps
    schedule: _ScheduleOps
    sdwanErrorCorrectionProfile: _SdwanErrorCorrectionProfileOps
    sdwanPathQualityProfile: _SdwanPathQualityProfileOps
    sdwanRule: _SdwanRuleOps
    sdwanSaasQualityProfile: _SdwanSaasQualityProfileOps
    sdwanTrafficDistributionProfile: _SdwanTrafficDistributionProfileOps
    securityRule: _SecurityRuleOps
    service: _ServiceOps
    serviceConnection: _ServiceConnectionOps
    serviceConnectionGroup: _ServiceConnectionGroupOps
    serviceGroup: _ServiceGroupOps
    sharedSnippet: _SharedSnippetOps
    site: _SiteOps
    snippet: _SnippetOps
    snippetAuditLog: _SnippetAuditLogOps
    snippetCategory: _SnippetCategoryOps
    snippetSnapshot: _SnippetSnapshotOps
    sslDecryptionSetting: _SslDecryptionSettingOps
    subscribedTenant: _SubscribedTenantOps
    syslogServerProfile: _SyslogServerProfileOps
    systemMatchList: _SystemMatchListOps
    tacacsServerProfile: _TacacsServerProfileOps
    tag: _TagOps
    tlsServiceProfile: _TlsServiceProfileOps
    trafficSteeringRule: _TrafficSteeringRuleOps
    trust: _TrustOps
    trustValidation: _TrustValidationOps
    trustedCertificateAuthority: _TrustedCertificateAuthorityOps
    trustedTenant: _TrustedTenantOps
    trustedTenantOverview: _TrustedTenantOverviewOps
    tunnelInterface: _TunnelInterfaceOps
    urlAccessProfile: _UrlAccessProfileOps
    urlAdminOverride: _UrlAdminOverrideOps
    urlCategory: _UrlCategoryOps
    urlFilteringCategory: _UrlFilteringCategoryOps
    useridMatchList: _UseridMatchListOps
    variable: _VariableOps
    vlanInterface: _VlanInterfaceOps
    vulnerabilityProtectionProfile: _VulnerabilityProtectionProfileOps
    vulnerabilityProtectionSignature: _VulnerabilityProtectionSignatureOps
    wildfireAntivirusProfile: _WildfireAntivirusProfileOps
    zone: _ZoneOps
    zoneProtectionProfile: _ZoneProtectionProfileOps

class AsyncResources:
    # client.address.create(folder=..., ...)
    address: _AsyncAddressOps
    addressGroup: _AsyncAddressGroupOps
    advancedDeviceObject: _AsyncAdvancedDeviceObjectOps
    aggregateInterface: _AsyncAggregateInterfaceOps
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
    autoVpnCluster: _AsyncAutoVpnClusterOps
    autoVpnMonitor: _AsyncAutoVpnMonitorOps
    autoVpnPush: _AsyncAutoVpnPushOps
    autoVpnSetting: _AsyncAutoVpnSettingOps
    bandwidthAllocation: _AsyncBandwidthAllocationOps
    bgpAddressFamilyProfile: _AsyncBgpAddressFamilyProfileOps
    bgpAuthProfile: _AsyncBgpAuthProfileOps
    bgpFilteringProfile: _AsyncBgpFilteringProfileOps
    bgpRedistributionProfile: _AsyncBgpRedistributionProfileOps
    bgpRouteMap: _AsyncBgpRouteMapOps
    bgpRouteMapRedistribution: _AsyncBgpRouteMapRedistributionOps
    certificate: _AsyncCertificateOps
    certificateProfile: _AsyncCertificateProfileOps
    configMatchList: _AsyncConfigMatchListOps
    configVersion: _AsyncConfigVersionOps
    dataFilteringProfile: _AsyncDataFilteringProfileOps
    dataObject: _AsyncDataObjectOps
    dataResource: _AsyncDataResourceOps
    dataResourceCustom: _AsyncDataResourceCustomOps
    decryptionExclusion: _AsyncDecryptionExclusionOps
    decryptionProfile: _AsyncDecryptionProfileOps
    decryptionRule: _AsyncDecryptionRuleOps
    device: _AsyncDeviceOps
    deviceContextSegment: _AsyncDeviceContextSegmentOps
    dhcpInterface: _AsyncDhcpInterfaceOps
    dnsProxy: _AsyncDnsProxyOps
    dnsSecurityProfile: _AsyncDnsSecurityProfileOps
    dosProtectionProfile: _AsyncDosProtectionProfileOps
    dosProtectionRule: _AsyncDosProtectionRuleOps
    dynamicUserGroup: _AsyncDynamicUserGroupOps
    ethernetInterface: _AsyncEthernetInterfaceOps
    externalDynamicList: _AsyncExternalDynamicListOps
    fileBlockingProfile: _AsyncFileBlockingProfileOps
    folder: _AsyncFolderOps
    globalprotectMatchList: _AsyncGlobalprotectMatchListOps
    hipObject: _AsyncHipObjectOps
    hipProfile: _AsyncHipProfileOps
    hipmatchMatchList: _AsyncHipmatchMatchListOps
    httpHeaderProfile: _AsyncHttpHeaderProfileOps
    httpServerProfile: _AsyncHttpServerProfileOps
    ikeCryptoProfile: _AsyncIkeCryptoProfileOps
    ikeGateway: _AsyncIkeGatewayOps
    incident: _AsyncIncidentOps
    infrastructureSetting: _AsyncInfrastructureSettingOps
    interfaceManagementProfile: _AsyncInterfaceManagementProfileOps
    internalDnsServer: _AsyncInternalDnsServerOps
    ipsecCryptoProfile: _AsyncIpsecCryptoProfileOps
    ipsecTunnel: _AsyncIpsecTunnelOps
    iptagMatchList: _AsyncIptagMatchListOps
    job: _AsyncJobOps
    kerberosServerProfile: _AsyncKerberosServerProfileOps
    label: _AsyncLabelOps
    layer2Subinterface: _AsyncLayer2SubinterfaceOps
    layer3Subinterface: _AsyncLayer3SubinterfaceOps
    ldapServerProfile: _AsyncLdapServerProfileOps
    licenseType: _AsyncLicenseTypeOps
    linkTag: _AsyncLinkTagOps
    lldpProfile: _AsyncLldpProfileOps
    localUser: _AsyncLocalUserOps
    localUserGroup: _AsyncLocalUserGroupOps
    location: _AsyncLocationOps
    logForwardingProfile: _AsyncLogForwardingProfileOps
    logicalRouter: _AsyncLogicalRouterOps
    loopbackInterface: _AsyncLoopbackInterfaceOps
    mfaServer: _AsyncMfaServerOps
    mobileAgentAgentProfile: _AsyncMobileAgentAgentProfileOps
    mobileAgentAgentVersion: _AsyncMobileAgentAgentVersionOps
    mobileAgentAuthenticationSetting: _AsyncMobileAgentAuthenticationSettingOps
    mobileAgentEnable: _AsyncMobileAgentEnableOps
    mobileAgentForwardingProfile: _AsyncMobileAgentForwardingProfileOps
    mobileAgentForwardingProfileDestination: _AsyncMobileAgentForwardingProfileDestinationOps
    mobileAgentForwardingProfileRegionalAndCustomProxy: _AsyncMobileAgentForwardingProfileRegionalAndCustomProxyOps
    mobileAgentForwardingProfileSourceApplication: _AsyncMobileAgentForwardingProfileSourceApplicationOps
    mobileAgentForwardingProfileUserLocation: _AsyncMobileAgentForwardingProfileUserLocationOps
    mobileAgentGlobalSetting: _AsyncMobileAgentGlobalSettingOps
    mobileAgentInfrastructureSetting: _AsyncMobileAgentInfrastructureSettingOps
    mobileAgentLocation: _AsyncMobileAgentLocationOps
    mobileAgentTunnelProfile: _AsyncMobileAgentTunnelProfileOps
    mobileAgentUserAuthentication: _AsyncMobileAgentUserAuthenticationOps
    natRule: _AsyncNatRuleOps
    networkPacketBrokerProfile: _AsyncNetworkPacketBrokerProfileOps
    networkPacketBrokerRule: _AsyncNetworkPacketBrokerRuleOps
    ocspResponder: _AsyncOcspResponderOps
    ospfAuthProfile: _AsyncOspfAuthProfileOps
    pbfRule: _AsyncPbfRuleOps
    prismaAccessIp: _AsyncPrismaAccessIpOps
    profileGroup: _AsyncProfileGroupOps
    qosPolicyRule: _AsyncQosPolicyRuleOps
    qosProfile: _AsyncQosProfileOps
    quarantinedDevice: _AsyncQuarantinedDeviceOps
    radiusServerProfile: _AsyncRadiusServerProfileOps
    region: _AsyncRegionOps
    remoteNetwork: _AsyncRemoteNetworkOps
    remoteNetworksLicenseInfo: _AsyncRemoteNetworksLicenseInfoOps
    routeAccessList: _AsyncRouteAccessListOps
    routeCommunityList: _AsyncRouteCommunityListOps
    routePathAccessList: _AsyncRoutePathAccessListOps
    routePrefixList: _AsyncRoutePrefixListOps
    saasTenantRestriction: _AsyncSaasTenantRestrictionOps
    samlServerProfile: _AsyncSamlServerProfileOps
    scepProfile: _AsyncScepProfileOps
    schedule: _AsyncScheduleOps
    sdwanErrorCorrectionProfile: _AsyncSdwanErrorCorrectionProfileOps
    sdwanPathQualityProfile: _AsyncSdwanPathQualityProfileOps
    sdwanRule: _AsyncSdwanRuleOps
    sdwanSaasQualityProfile: _AsyncSdwanSaasQualityProfileOps
    sdwanTrafficDistributionProfile: _AsyncSdwanTrafficDistributionProfileOps
    securityRule: _AsyncSecurityRuleOps
    service: _AsyncServiceOps
    serviceConnection: _AsyncServiceConnectionOps
    serviceConnectionGroup: _AsyncServiceConnectionGroupOps
    serviceGroup: _AsyncServiceGroupOps
    sharedSnippet: _AsyncSharedSnippetOps
    site: _AsyncSiteOps
    snippet: _AsyncSnippetOps
    snippetAuditLog: _AsyncSnippetAuditLogOps
    snippetCategory: _AsyncSnippetCategoryOps
    snippetSnapshot: _AsyncSnippetSnapshotOps
    sslDecryptionSetting: _AsyncSslDecryptionSettingOps
    subscribedTenant: _AsyncSubscribedTenantOps
    syslogServerProfile: _AsyncSyslogServerProfileOps
    systemMatchList: _AsyncSystemMatchListOps
    tacacsServerProfile: _AsyncTacacsServerProfileOps
    tag: _AsyncTagOps
    tlsServiceProfile: _AsyncTlsServiceProfileOps
    trafficSteeringRule: _AsyncTrafficSteeringRuleOps
    trust: _AsyncTrustOps
    trustValidation: _AsyncTrustValidationOps
    trustedCertificateAuthority: _AsyncTrustedCertificateAuthorityOps
    trustedTenant: _AsyncTrustedTenantOps
    trustedTenantOverview: _AsyncTrustedTenantOverviewOps
    tunnelInterface: _AsyncTunnelInterfaceOps
    urlAccessProfile: _AsyncUrlAccessProfileOps
    urlAdminOverride: _AsyncUrlAdminOverrideOps
    urlCategory: _AsyncUrlCategoryOps
    urlFilteringCategory: _AsyncUrlFilteringCategoryOps
    useridMatchList: _AsyncUseridMatchListOps
    variable: _AsyncVariableOps
    vlanInterface: _AsyncVlanInterfaceOps
    vulnerabilityProtectionProfile: _AsyncVulnerabilityProtectionProfileOps
    vulnerabilityProtectionSignature: _AsyncVulnerabilityProtectionSignatureOps
    wildfireAntivirusProfile: _AsyncWildfireAntivirusProfileOps
    zone: _AsyncZoneOps
    zoneProtectionProfile: _AsyncZoneProtectionProfileOps
