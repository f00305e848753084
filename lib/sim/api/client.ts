// ApiClient bound to one user: what controllers, the kubelet, the scheduler and kubectl hold.
import type { ApiClient } from "../types";
import type { ApiServer } from "./server";

export function apiClient(server: ApiServer, user: string): ApiClient {
  return {
    create: (obj, opts) => server.create(user, obj, opts),
    update: (obj, opts) => server.update(user, obj, opts),
    updateStatus: (obj) => server.updateStatus(user, obj),
    patch: (resource, namespace, name, patch, opts) => server.patch(user, resource, namespace, name, patch, opts),
    delete: (resource, namespace, name, opts) => server.delete(user, resource, namespace, name, opts),
    get: (resource, namespace, name) => server.get(user, resource, namespace, name),
    list: (resource, namespace, opts) => server.list(user, resource, namespace, opts),
  };
}
