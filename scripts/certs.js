/**
 * HTTPS options for the dev server (and the e2e test's static server).
 *
 * Where office-addin-dev-certs works (Windows, macOS: it installs and trusts its own CA, which
 * Excel needs to load https://localhost) we use it. Elsewhere it tries `sudo` and fails
 * (TOOLCHAIN.md), so we fall back to an openssl self-signed certificate generated once into
 * .certs/ — good for a plain browser that is told to accept it.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const CERT_DIR = path.join(__dirname, "..", ".certs");

/** Generate (once) a self-signed localhost certificate with openssl; returns { key, cert }. */
function selfSignedCertificate(dir = CERT_DIR) {
  const keyPath = path.join(dir, "localhost.key");
  const certPath = path.join(dir, "localhost.crt");
  if (!fs.existsSync(keyPath) || !fs.existsSync(certPath)) {
    fs.mkdirSync(dir, { recursive: true });
    // write to temporary names first so a concurrent reader never sees half a pair
    const tmpKey = `${keyPath}.${process.pid}.tmp`;
    const tmpCert = `${certPath}.${process.pid}.tmp`;
    execFileSync(
      "openssl",
      [
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "825",
        "-subj", "/CN=localhost",
        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "-keyout", tmpKey, "-out", tmpCert,
      ],
      { stdio: "ignore" },
    );
    fs.renameSync(tmpKey, keyPath);
    fs.renameSync(tmpCert, certPath);
  }
  return { key: fs.readFileSync(keyPath), cert: fs.readFileSync(certPath) };
}

/** office-addin-dev-certs on Windows/macOS, the openssl fallback elsewhere or when it fails. */
async function httpsOptions() {
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      const devCerts = require("office-addin-dev-certs");
      const o = await devCerts.getHttpsServerOptions();
      return { ca: o.ca, key: o.key, cert: o.cert };
    } catch (err) {
      console.warn(`office-addin-dev-certs failed (${err && err.message}); using a self-signed certificate`);
    }
  }
  return selfSignedCertificate();
}

module.exports = { httpsOptions, selfSignedCertificate, CERT_DIR };
