/**
 * Prometheus metrics. Labels are route patterns, status codes, finding types, audit actions and rule
 * names: never identifiers, values or free text.
 */
import { Registry, Counter, Histogram, collectDefaultMetrics } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({ name: 'custos_http_requests_total', help: 'HTTP requests by route pattern, method and status', labelNames: ['route', 'method', 'status'] as const, registers: [this.registry] });
  readonly httpDuration = new Histogram({
    name: 'custos_http_request_duration_seconds',
    help: 'HTTP request duration by route pattern',
    labelNames: ['route', 'method'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly masked = new Counter({ name: 'custos_masked_items_total', help: 'Items found in scanned or masked messages, by type', labelNames: ['type'] as const, registers: [this.registry] });
  readonly auditEntries = new Counter({ name: 'custos_audit_entries_total', help: 'Audit entries written, by action and outcome', labelNames: ['action', 'outcome'] as const, registers: [this.registry] });
  readonly alerts = new Counter({ name: 'custos_alerts_total', help: 'Monitoring alerts raised, by rule', labelNames: ['rule'] as const, registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'custos_' });
  }
}
