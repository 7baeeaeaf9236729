//! The shape of the house, checked from the source: the server's top-level modules import each
//! other in one direction only (no circles), the use cases never see tonic or the API layer,
//! and only the top of the house (app, worker, cli, main) knows everyone.
//!
//! The graph is drawn from the `crate::…` paths of every file under `server/src`, test modules
//! excluded, at the level of the top-level modules (`contact`, `mailbox`, `db`, …).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Modules allowed to use tonic: the wire lives there and nowhere else.
const WIRE: &[&str] = &["api", "app", "lib", "main"];

/// Modules that are the top of the house: nothing below may import them.
const TOP: &[&str] = &["api", "app", "cli", "main", "worker"];

/// One source file: its top-level module and its code without comments and test modules.
struct Source {
    path: PathBuf,
    module: String,
    code: String,
}

fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read server/src") {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(&root).expect("under src");
                let first = relative
                    .components()
                    .next()
                    .expect("a component")
                    .as_os_str()
                    .to_string_lossy()
                    .trim_end_matches(".rs")
                    .to_owned();
                let text = std::fs::read_to_string(&path).expect("read source");
                out.push(Source {
                    path: relative.to_owned(),
                    module: first,
                    code: strip(&text),
                });
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

/// Drops line comments and everything from the first `#[cfg(test)]` module on (test modules
/// sit at the end of a file and may reach anywhere).
fn strip(text: &str) -> String {
    let mut code = String::with_capacity(text.len());
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]")
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod "))
        {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        code.push_str(line);
        code.push('\n');
    }
    code
}

/// The top-level modules a piece of code names through `crate::`, including grouped imports
/// (`use crate::{a, b::c}`).
fn crate_references(code: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let preceded_by_ident = rest[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$');
        rest = &rest[at + "crate::".len()..];
        if preceded_by_ident {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            // Top-level names of the group: split at commas outside nested braces.
            let mut depth = 0usize;
            let mut name = String::new();
            let mut at_start = true;
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        at_start = true;
                        name.clear();
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 && at_start {
                    if c.is_alphanumeric() || c == '_' {
                        name.push(c);
                    } else if !name.is_empty() {
                        at_start = false;
                        if modules.contains(&name) {
                            found.insert(name.clone());
                        }
                    }
                }
            }
            if at_start && modules.contains(&name) {
                found.insert(name);
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if modules.contains(&name) {
                found.insert(name);
            }
        }
    }
    found
}

/// Edges between top-level modules, each with the files that make it.
fn module_graph() -> BTreeMap<(String, String), BTreeSet<String>> {
    let sources = sources();
    let modules: BTreeSet<String> = sources.iter().map(|s| s.module.clone()).collect();
    let mut edges: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for source in &sources {
        for target in crate_references(&source.code, &modules) {
            if target != source.module {
                edges
                    .entry((source.module.clone(), target))
                    .or_default()
                    .insert(source.path.display().to_string());
            }
        }
    }
    edges
}

/// Strongly connected components with more than one module (Tarjan).
fn circles(edges: &BTreeMap<(String, String), BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        next: BTreeMap<&'a str, Vec<&'a str>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        counter: usize,
        found: Vec<Vec<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a str) {
            self.index.insert(v, self.counter);
            self.low.insert(v, self.counter);
            self.counter += 1;
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.next.get(v).cloned().unwrap_or_default() {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    component.push(w.to_owned());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk {
        next: BTreeMap::new(),
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        counter: 0,
        found: Vec::new(),
    };
    let mut nodes = BTreeSet::new();
    for (from, to) in edges.keys() {
        walk.next
            .entry(from.as_str())
            .or_default()
            .push(to.as_str());
        nodes.insert(from.as_str());
        nodes.insert(to.as_str());
    }
    for node in nodes {
        if !walk.index.contains_key(node) {
            walk.visit(node);
        }
    }
    walk.found
}

#[test]
fn the_reader_sees_grouped_and_plain_paths() {
    let modules: BTreeSet<String> = ["db", "domain", "notify", "error"]
        .into_iter()
        .map(String::from)
        .collect();
    let code = "use crate::{db::{Db, now_ms}, domain::X};\nlet x = crate::notify::send();\nmacro_crate::error";
    let found = crate_references(code, &modules);
    assert_eq!(
        found.into_iter().collect::<Vec<_>>(),
        vec!["db", "domain", "notify"]
    );
    let edges: BTreeMap<(String, String), BTreeSet<String>> = [("a", "b"), ("b", "c"), ("c", "a")]
        .into_iter()
        .map(|(f, t)| ((f.to_owned(), t.to_owned()), BTreeSet::new()))
        .collect();
    assert_eq!(circles(&edges), vec![vec!["a", "b", "c"]]);
}

#[test]
fn modules_import_each_other_in_one_direction() {
    let edges = module_graph();
    assert!(edges.len() > 20, "the graph looks empty: {edges:?}");
    let found = circles(&edges);
    let explain: Vec<String> = edges
        .iter()
        .filter(|((from, to), _)| {
            found
                .iter()
                .any(|component| component.contains(from) && component.contains(to))
        })
        .map(|((from, to), files)| {
            let files: Vec<&str> = files.iter().map(String::as_str).collect();
            format!("{from} -> {to} ({})", files.join(", "))
        })
        .collect();
    assert!(
        found.is_empty(),
        "import circles between the server's modules: {found:?}\n{}",
        explain.join("\n")
    );
}

#[test]
fn only_the_top_of_the_house_imports_the_top() {
    let wrong: Vec<String> = module_graph()
        .into_iter()
        .filter(|((from, to), _)| TOP.contains(&to.as_str()) && !TOP.contains(&from.as_str()))
        .map(|((from, to), files)| format!("{from} -> {to} ({files:?})"))
        .collect();
    assert!(wrong.is_empty(), "lower modules import the top: {wrong:?}");
}

#[test]
fn tonic_stays_at_the_edge() {
    let wrong: Vec<String> = sources()
        .into_iter()
        .filter(|s| !WIRE.contains(&s.module.as_str()) && s.code.contains("tonic::"))
        .map(|s| s.path.display().to_string())
        .collect();
    assert!(
        wrong.is_empty(),
        "tonic used below the API layer: {wrong:?}"
    );
}
