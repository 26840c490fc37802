// Validates rendered Kubernetes manifests offline with kubernetes-models, the
// OpenAPI schemas of the Kubernetes API published as JavaScript classes.
//
//   node validate.mjs FILE...
//
// Every YAML document of every file must be a kind Antler renders and pass
// its class's validate(); a Deployment's selector must also match its pod
// template's labels (the API server refuses it otherwise, the schema cannot
// say so). Prints one line per document and exits 1 when one is invalid, 2
// on a usage or read error.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { Namespace, ConfigMap, Service } from "kubernetes-models/v1";
import { Deployment } from "kubernetes-models/apps/v1";

const kinds = {
  "v1/Namespace": Namespace,
  "v1/ConfigMap": ConfigMap,
  "v1/Service": Service,
  "apps/v1/Deployment": Deployment,
};

function selectorMatches(deployment) {
  const wanted = deployment.spec?.selector?.matchLabels ?? {};
  const labels = deployment.spec?.template?.metadata?.labels ?? {};
  const keys = Object.keys(wanted);
  return keys.length > 0 && keys.every((key) => labels[key] === wanted[key]);
}

function validateDocument(object) {
  if (object === null || typeof object !== "object" || Array.isArray(object))
    return "is not a mapping";
  const key = `${object.apiVersion}/${object.kind}`;
  const Model = kinds[key];
  if (!Model) return `has an unexpected apiVersion/kind ${key}`;
  try {
    new Model(object).validate();
  } catch (error) {
    return error.message.replace(/\s+/g, " ");
  }
  if (object.kind === "Deployment" && !selectorMatches(object))
    return "spec.selector.matchLabels does not match spec.template.metadata.labels";
  return null;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate.mjs FILE...");
  process.exit(2);
}

let invalid = 0;
let documents = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`${file}: cannot be read: ${error.message}`);
    process.exit(2);
  }
  const parsed = parseAllDocuments(text);
  parsed.forEach((document, index) => {
    const where = `${file}: document ${index + 1}`;
    if (document.errors.length > 0) {
      console.log(`invalid ${where}: YAML error: ${document.errors[0].message}`);
      ++invalid;
      return;
    }
    const object = document.toJS();
    if (object === null) return; // an empty document between two "---"
    ++documents;
    const name = `${object?.kind ?? "?"}/${object?.metadata?.name ?? "?"}`;
    const problem = validateDocument(object);
    if (problem) {
      console.log(`invalid ${where} (${name}): ${problem}`);
      ++invalid;
    } else {
      console.log(`valid ${where} (${name})`);
    }
  });
}
if (documents === 0) {
  console.log("invalid: no document to validate");
  process.exit(1);
}
process.exit(invalid > 0 ? 1 : 0);
