// The laptop's curl and hey: option parsing and usage errors as the real tools print them.
import { describe, expect, it } from "vitest";
import { createCluster } from "../../index";

describe("curl options", () => {
  const c = createCluster({ seed: 1 });
  it("usage errors exit 2 with curl's hint; URL errors exit 3", () => {
    expect(c.kubectl("curl")).toEqual({ stdout: "", stderr: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
    expect(c.kubectl("curl --frobnicate http://x").stderr).toBe("curl: option --frobnicate: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n");
    expect(c.kubectl("curl -m soon http://x").stderr).toBe("curl: option -m: expected a proper numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n");
    expect(c.kubectl("curl http://x:99999/")).toEqual({ stdout: "", stderr: "curl: (3) URL rejected: Port number was not a decimal number between 0 and 65535\n", exitCode: 3 });
    expect(c.kubectl("curl ftp://x/").stderr).toBe('curl: (3) Protocol "ftp" not supported\n');
  });

  it("-s hides errors, -sS shows them, --no-progress-meter keeps them", () => {
    expect(c.kubectl("curl -s http://172.18.0.2:31999/")).toEqual({ stdout: "", stderr: "", exitCode: 7 });
    expect(c.kubectl("curl -sS http://172.18.0.2:31999/").stderr).toBe("curl: (7) Failed to connect to 172.18.0.2 port 31999 after 2 ms: Couldn't connect to server\n");
    expect(c.kubectl("curl --no-progress-meter http://172.18.0.2:31999/").stderr).toBe("curl: (7) Failed to connect to 172.18.0.2 port 31999 after 2 ms: Couldn't connect to server\n");
    expect(c.kubectl("kubectl curl http://x").stderr).toBe('error: unknown command "curl" for "kubectl"\nRun \'kubectl --help\' for usage.\n');
  });
});

describe("hey options", () => {
  const c = createCluster({ seed: 1 });
  it("usage on missing URL, -n below -c, unknown flags; -z is not simulated", () => {
    const none = c.kubectl("hey");
    expect(none.exitCode).toBe(1);
    expect(none.stderr).toMatch(/^Usage: hey \[options\.\.\.\] <url>\n/);
    expect(c.kubectl("hey -n 10 -c 20 http://x/").stderr).toMatch(/^-n cannot be less than -c\.\n\nUsage: hey/);
    expect(c.kubectl("hey -bogus http://x/").stderr).toMatch(/^flag provided but not defined: -bogus\n\nUsage: hey/);
    expect(c.kubectl("hey -z 10s http://x/").stderr).toBe("hey (simulator): -z is not simulated; use -n and -c\n");
  });

  it("errors are counted in Go's error texts", () => {
    const out = c.kubectl("hey -n 20 -c 5 http://172.18.0.2:31999/").stdout;
    expect(out).toContain('Error distribution:\n  [20]\tGet "http://172.18.0.2:31999/": dial tcp 172.18.0.2:31999: connect: connection refused\n');
    expect(c.kubectl("hey -n 2 -c 1 http://web/").stdout).toContain('[2]\tGet "http://web/": dial tcp: lookup web: no such host');
  });
});
