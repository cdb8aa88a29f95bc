;;; copydesk.el --- Copydesk language server for news articles  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages, text, news
;; URL: https://example.invalid/copydesk

;;; Commentary:

;; Copydesk checks news articles as you write: unattributed quotes, dates that conflict across
;; articles, and who a name refers to.  This file connects Emacs to `copydesk lsp' through
;; Eglot (built into Emacs 29; a package before) or lsp-mode, whichever is loaded.
;;
;;   (add-to-list 'load-path "/path/to/copydesk/editors/emacs")
;;   (require 'copydesk)
;;   (add-hook 'markdown-mode-hook #'eglot-ensure)     ; or #'lsp-deferred for lsp-mode
;;   (add-hook 'copydesk-article-mode-hook #'eglot-ensure)
;;
;; It also gives *.article files a major mode, `copydesk-article-mode', and makes a folder that
;; holds `.copydesk.json' a project of its own, so the server reads that folder's articles.

;;; Code:

(require 'cl-lib)

(defgroup copydesk nil
  "Copydesk, a language server for news articles."
  :group 'tools
  :prefix "copydesk-")

(defcustom copydesk-server-path "copydesk"
  "The copydesk executable: a name on `exec-path' or an absolute path."
  :type 'string)

(defcustom copydesk-server-args '("lsp")
  "Arguments that start the language server."
  :type '(repeat string))

(defcustom copydesk-rules nil
  "Severity per diagnostic code, overriding `.copydesk.json'.
An alist of (CODE . SEVERITY).  SEVERITY is one of \"error\",
\"warning\", \"information\", \"hint\" or \"off\", for example
\\='((\"unattributed-quote\" . \"error\"))."
  :type '(alist :key-type string
                :value-type (choice (const "error") (const "warning") (const "information")
                                    (const "hint") (const "off"))))

(defcustom copydesk-modes '(copydesk-article-mode markdown-mode gfm-mode)
  "Major modes whose buffers Copydesk serves first.
Copydesk comes ahead of other servers for these (such as marksman)."
  :type '(repeat symbol))

(defcustom copydesk-fallback-modes '(text-mode)
  "Modes Copydesk serves when no other server claims them.
Many modes derive from `text-mode' (LaTeX, Org), so these go last in
`eglot-server-programs', where a more specific server wins."
  :type '(repeat symbol))

(defun copydesk-settings ()
  "The `copydesk' settings the server asks for, as a plist.
Nil when nothing is set."
  (when copydesk-rules
    (list :rules (cl-loop for (code . severity) in copydesk-rules
                          append (list (intern (concat ":" code)) severity)))))

(defun copydesk-server-command ()
  "The command line that starts the server."
  (cons copydesk-server-path copydesk-server-args))

;;;; *.article files

(defvar copydesk-article-font-lock-keywords
  `((,(rx (or (seq "\u201c" (*? (not (any "\u201d"))) (or "\u201d" eol))
              (seq (or bol (not (any word))) "\"" (*? (not (any "\""))) (or "\"" eol))))
     . font-lock-string-face)
    (,(rx word-boundary
          (or "said" "says" "told" "added" "according to" "explained" "stated" "noted" "wrote"
              "announced" "insisted" "argued" "claimed" "warned" "acknowledged" "confirmed" "denied")
          word-boundary)
     . font-lock-keyword-face)
    (,(rx word-boundary
          (or (seq (or "January" "February" "March" "April" "May" "June" "July" "August"
                       "September" "October" "November" "December")
                   (+ blank) (** 1 2 digit) (? (? ",") (+ blank) (= 4 digit)))
              (seq (= 4 digit) "-" (= 2 digit) "-" (= 2 digit)))
          word-boundary)
     0 font-lock-constant-face prepend))
  "Highlighting for `copydesk-article-mode'.
Quotations, attribution cues and dates.")

;;;###autoload
(define-derived-mode copydesk-article-mode text-mode "Article"
  "Major mode for news articles (*.article) checked by Copydesk."
  (setq-local font-lock-defaults '(copydesk-article-font-lock-keywords)))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.article\\'" . copydesk-article-mode))

;;;; Projects: a folder with .copydesk.json is the corpus

(defun copydesk-project-find (dir)
  "A transient project at the folder above DIR with `.copydesk.json'."
  (let ((root (locate-dominating-file dir ".copydesk.json")))
    (when root (cons 'transient (expand-file-name root)))))

(with-eval-after-load 'project
  (add-hook 'project-find-functions #'copydesk-project-find))

;;;; Eglot

(defvar eglot-server-programs)

(defun copydesk--eglot-contact (_interactive)
  "The Eglot contact: the server command and the settings."
  (append (copydesk-server-command)
          (let ((settings (copydesk-settings)))
            (when settings (list :initializationOptions settings)))))

(defun copydesk--eglot-modes (modes)
  "MODES as an `eglot-server-programs' key.
The language id is \"copydesk\" for every mode: Eglot 1.9 gives one
id to all of a server's buffers, so the server tells Markdown from
plain text by each file's extension instead."
  (mapcar (lambda (mode) (list mode :language-id "copydesk")) modes))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs (cons (copydesk--eglot-modes copydesk-modes) #'copydesk--eglot-contact))
  (add-to-list 'eglot-server-programs (cons (copydesk--eglot-modes copydesk-fallback-modes) #'copydesk--eglot-contact) t))

;;;; lsp-mode

(declare-function lsp-register-client "lsp-mode")
(declare-function make-lsp-client "lsp-mode")
(declare-function lsp-stdio-connection "lsp-mode")
(declare-function lsp-activate-on "lsp-mode")
(declare-function lsp-register-custom-settings "lsp-mode")
(defvar lsp-language-id-configuration)
(defvar lsp-semantic-token-faces)

(defconst copydesk-semantic-token-faces
  '(("person" . font-lock-type-face)
    ("organization" . font-lock-type-face)
    ("place" . font-lock-constant-face)
    ("product" . font-lock-builtin-face)
    ("event" . font-lock-function-name-face)
    ("quote" . font-lock-string-face)
    ("speaker" . font-lock-variable-name-face)
    ("date" . font-lock-constant-face))
  "Faces for Copydesk's semantic token types in lsp-mode.")

(with-eval-after-load 'lsp-mode
  (add-to-list 'lsp-language-id-configuration '(copydesk-article-mode . "article"))
  (lsp-register-custom-settings '(("copydesk.rules" copydesk-settings-rules-hash)))
  (lsp-register-client
   (make-lsp-client
    :new-connection (lsp-stdio-connection #'copydesk-server-command)
    :activation-fn (lsp-activate-on "markdown" "plaintext" "article")
    :server-id 'copydesk
    :priority -1
    :add-on? t)))

;; lsp-mode lists the token types it has faces for in its capabilities; with these the server
;; sends Copydesk's own names (other clients get standard types such as class and string).
(with-eval-after-load 'lsp-semantic-tokens
  (dolist (entry copydesk-semantic-token-faces)
    (add-to-list 'lsp-semantic-token-faces entry t)))

(defun copydesk-settings-rules-hash ()
  "`copydesk-rules' as a hash table, the JSON object lsp-mode sends."
  (let ((table (make-hash-table :test 'equal)))
    (dolist (entry copydesk-rules table)
      (puthash (car entry) (cdr entry) table))))

(provide 'copydesk)
;;; copydesk.el ends here
