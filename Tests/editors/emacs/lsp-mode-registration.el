;;; lsp-mode-registration.el --- copydesk.el registers with lsp-mode  -*- lexical-binding: t; -*-

;; emacs --batch -Q -l Tests/editors/emacs/lsp-mode-registration.el
;;
;; Loads Debian's lsp-mode and copydesk.el and checks the registration: the client, the
;; command it starts, the buffers it activates on, the settings it answers with and the
;; semantic token faces. (No session: lsp-mode is checked for registration only.)

;;; Code:

(dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
  (when (file-directory-p dir) (add-to-list 'load-path dir)))
(defvar session-repo (file-name-as-directory (or (getenv "COPYDESK_REPO") default-directory)))
(defvar session-failed 0)
(defvar session-passed 0)
(defun check (name ok &optional detail)
  (if ok
      (progn (setq session-passed (1+ session-passed)) (princ (format "ok - %s\n" name)))
    (setq session-failed (1+ session-failed))
    (princ (format "FAIL - %s%s\n" name (if detail (format ": %S" detail) "")))))

(require 'bytecomp)
(condition-case err
    (let* ((byte-compile-error-on-warn t)
           (out (make-temp-file "copydesk" t))
           (byte-compile-dest-file-function (lambda (_) (expand-file-name "copydesk.elc" out))))
      (check "copydesk.el byte-compiles without warnings"
             (byte-compile-file (expand-file-name "editors/emacs/copydesk.el" session-repo)))
      (delete-directory out t))
  (error (check "copydesk.el byte-compiles without warnings" nil err)))

(condition-case err
    (progn
      (require 'lsp-mode)
      (require 'markdown-mode nil t)
      (add-to-list 'load-path (expand-file-name "editors/emacs" session-repo))
      (require 'copydesk)
      (setq copydesk-server-path (or (getenv "COPYDESK_BIN") (expand-file-name ".build/debug/copydesk" session-repo))
            copydesk-rules '(("unattributed-quote" . "error")))
      (let ((client (gethash 'copydesk lsp-clients)))
        (check "lsp-mode knows the copydesk client" client)
        (check "it runs alongside other servers (add-on)" (and client (lsp--client-add-on? client)))
        (check "it starts `copydesk lsp' (and finds the binary)"
               (and (equal (cdr (copydesk-server-command)) '("lsp"))
                    (funcall (plist-get (lsp--client-new-connection client) :test?)))
               (copydesk-server-command))
        (with-temp-buffer
          (setq buffer-file-name (expand-file-name "Tests/editors/fixtures/newsroom/desk-notes.article" session-repo))
          (set-auto-mode)
          (check "*.article buffers are copydesk-article-mode with language id article"
                 (and (eq major-mode 'copydesk-article-mode) (equal (lsp-buffer-language) "article"))
                 (list major-mode (lsp-buffer-language)))
          (check "the client activates on article buffers"
                 (funcall (lsp--client-activation-fn client) buffer-file-name major-mode))
          (setq buffer-file-name nil))
        (with-temp-buffer
          (setq buffer-file-name "/tmp/notes.txt")
          (text-mode)
          (check "the client activates on plain text"
                 (funcall (lsp--client-activation-fn client) buffer-file-name major-mode))
          (setq buffer-file-name nil)))
      (let ((section (lsp-configuration-section "copydesk")))
        (check "settings: copydesk.rules carries the per-rule severities"
               (equal (gethash "unattributed-quote" (gethash "rules" (gethash "copydesk" section))) "error")
               (and section (json-encode section))))
      (require 'lsp-semantic-tokens)
      (check "semantic token faces include Copydesk's types (so the server names them)"
             (cl-every (lambda (type) (assoc type lsp-semantic-token-faces))
                       '("person" "organization" "place" "product" "event" "quote" "speaker" "date"))))
  (error (check "loading lsp-mode and copydesk.el" nil err)))

(princ (format "lsp-mode registration: %d passed, %d failed\n" session-passed session-failed))
(kill-emacs (if (zerop session-failed) 0 1))
;;; lsp-mode-registration.el ends here
