//! Starts `copydesk lsp`: the binary named by the `lsp.copydesk.binary.path` setting, else
//! `copydesk` on the worktree's PATH.
use zed_extension_api::{self as zed, settings::LspSettings, LanguageServerId, Result};

struct Copydesk;

impl zed::Extension for Copydesk {
    fn new() -> Self {
        Copydesk
    }

    fn language_server_command(&mut self, _id: &LanguageServerId, worktree: &zed::Worktree) -> Result<zed::Command> {
        let settings = LspSettings::for_worktree("copydesk", worktree).ok();
        let binary = settings.as_ref().and_then(|s| s.binary.as_ref());
        let path = binary
            .and_then(|b| b.path.clone())
            .or_else(|| worktree.which("copydesk"))
            .ok_or_else(|| "copydesk not found: put it on PATH or set lsp.copydesk.binary.path".to_string())?;
        let args = binary.and_then(|b| b.arguments.clone()).unwrap_or_else(|| vec!["lsp".into()]);
        Ok(zed::Command { command: path, args, env: Default::default() })
    }

    fn language_server_workspace_configuration(
        &mut self,
        _id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<zed::serde_json::Value>> {
        let settings = LspSettings::for_worktree("copydesk", worktree).ok().and_then(|s| s.settings);
        Ok(Some(zed::serde_json::json!({ "copydesk": settings.unwrap_or_default() })))
    }
}

zed::register_extension!(Copydesk);
