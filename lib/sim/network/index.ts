// Networking model (issue 5): pure functions over the API objects.
// - dns.ts: CoreDNS kubernetes-plugin answers and the pod resolver's search path;
// - proxy.ts: kube-proxy's per-node rule table (KUBE-SERVICES → KUBE-SVC → KUBE-SEP, KUBE-NODEPORTS);
// - route.ts: where a connection to ip:port lands, hop by hop, or why it fails;
// - netpol.ts, http.ts, ingress.ts, request.ts: NetworkPolicy, the apps' answers, ingress-nginx,
//   one HTTP request end to end with its trace; programs/: curl, wget, nslookup, env, hey.
export { viewFromLister, CLUSTER_DOMAIN, nodeIP, type NetworkView } from "./view";
export { lookupFqdn, resolve, searchPath, type DnsAnswer } from "./dns";
export { formatRuleTable, ruleTable, servicePortName, servicePorts, sepChainName, svcChainName, type ProxyEndpoint, type Rule, type RuleTable, type ServicePortInfo } from "./proxy";
export { route, type Hop, type Pick, type RouteResult, type RouteSource } from "./route";
export { base32, chainHash, hex, sha256 } from "./sha256";
export { sendRequests, type TrafficReport } from "./traffic";
export { checkPolicies, policiesFor, policyTypes, type Peer, type PolicyVerdict } from "./netpol";
export { httpRequest, parseUrl, type NetEnv, type Outcome, type Url } from "./request";
export { matchIngress, servedIngresses, type IngressMatch } from "./ingress";
export { networkAccess, type NetworkAccess } from "./access";
export { CLOUD_PROVIDER_KIND_MANIFEST, INGRESS_NGINX_MANIFEST, LB_RANGE } from "./addons";
