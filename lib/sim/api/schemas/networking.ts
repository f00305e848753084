// networking.k8s.io/v1 kinds: Ingress, IngressClass, NetworkPolicy (k8s.io/api/networking/v1).
import { type Schema, arrayOf, int32, intstr, str, strings, struct } from "./types";
import { labelSelector, object } from "./meta";

const serviceBackend = struct("IngressServiceBackend", { name: str, port: struct("ServiceBackendPort", { name: str, number: int32 }) });
const typedRef = struct("TypedLocalObjectReference", { apiGroup: str, kind: str, name: str });
const backend = struct("IngressBackend", { service: serviceBackend, resource: typedRef });

const ingressSpec = struct("IngressSpec", {
  ingressClassName: str,
  defaultBackend: backend,
  tls: arrayOf(struct("IngressTLS", { hosts: strings, secretName: str })),
  rules: arrayOf(
    struct("IngressRule", {
      host: str,
      http: struct("HTTPIngressRuleValue", { paths: arrayOf(struct("HTTPIngressPath", { path: str, pathType: str, backend })) }),
    }),
  ),
});

const peer = struct("NetworkPolicyPeer", { podSelector: labelSelector, namespaceSelector: labelSelector, ipBlock: struct("IPBlock", { cidr: str, except: strings }) });
const port = struct("NetworkPolicyPort", { protocol: str, port: intstr, endPort: int32 });

export const networkingSchemas: Record<string, Schema> = {
  Ingress: object("Ingress", "v1", { spec: ingressSpec }),
  IngressClass: object("IngressClass", "v1", {
    spec: struct("IngressClassSpec", { controller: str, parameters: struct("IngressClassParametersReference", { apiGroup: str, kind: str, name: str, scope: str, namespace: str }) }),
  }),
  NetworkPolicy: object("NetworkPolicy", "v1", {
    spec: struct("NetworkPolicySpec", {
      podSelector: labelSelector,
      ingress: arrayOf(struct("NetworkPolicyIngressRule", { ports: arrayOf(port), from: arrayOf(peer) })),
      egress: arrayOf(struct("NetworkPolicyEgressRule", { ports: arrayOf(port), to: arrayOf(peer) })),
      policyTypes: strings,
    }),
  }),
};
