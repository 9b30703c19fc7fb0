;;; drive-emacs.el --- hpolint in Emacs through eglot, as a user would meet it  -*- lexical-binding: t -*-

;; Loads the eglot setup from editors/README.md ($HPOLINT_SNIPPET), opens the tuning job given on
;; the command line, and records what the user would see: the findings and their severities (one
;; of them set by the snippet's settings), completion, hover, and a quick fix applied. Writes what
;; it saw as JSON to $HPOLINT_E2E_OUT and exits; a failure is recorded there too, so that the Java
;; test can report it.
;;
;; Emacs in batch mode has no command loop. Where a user's Emacs would run post-command-hook after
;; a command and its idle timers during a pause, `hpolint-e2e-pause' does exactly that; everything
;; else is eglot's, flymake's and eldoc's own code.

(require 'cl-lib)
(require 'json)
(require 'package)

;; An interactive Emacs activates the installed packages at startup (their autoloads put yaml-mode
;; on *.yaml files, for one); batch mode does not, so do it here.
(package-activate-all)

(defvar hpolint-e2e-out (or (getenv "HPOLINT_E2E_OUT") (error "HPOLINT_E2E_OUT is not set")))
(defvar hpolint-e2e-result (list (cons 'steps [])))

(defun hpolint-e2e-save ()
  (with-temp-file hpolint-e2e-out
    (insert (json-encode hpolint-e2e-result))))

(defun hpolint-e2e-put (key value)
  (setf (alist-get key hpolint-e2e-result) value)
  (hpolint-e2e-save))

(defun hpolint-e2e-step (name)
  (hpolint-e2e-put 'steps (vconcat (alist-get 'steps hpolint-e2e-result) (list name))))

(defun hpolint-e2e-pause ()
  "What Emacs does after a command and while the user pauses: post-command-hook, idle timers."
  (run-hooks 'post-command-hook)
  (dolist (timer (copy-sequence timer-idle-list))
    (timer-event-handler timer)))

(defun hpolint-e2e-wait (what predicate &optional seconds)
  "Let the server's messages in until PREDICATE holds; fail naming WHAT after SECONDS."
  (let ((deadline (+ (float-time) (or seconds 60))))
    (while (not (funcall predicate))
      (when (> (float-time) deadline)
        (error "Timed out waiting for %s" what))
      (accept-process-output nil 0.1))))

(defun hpolint-e2e-code (diagnostic)
  (let ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diagnostic)))))
    (plist-get lsp :code)))

(defun hpolint-e2e-find (code)
  (cl-find code (flymake-diagnostics) :key #'hpolint-e2e-code :test #'equal))

(defun hpolint-e2e-describe (diagnostic)
  (let ((beg (flymake-diagnostic-beg diagnostic))
        (end (flymake-diagnostic-end diagnostic)))
    (list (cons 'code (hpolint-e2e-code diagnostic))
          (cons 'type (symbol-name (flymake-diagnostic-type diagnostic)))
          (cons 'line (line-number-at-pos beg))
          (cons 'column (save-excursion (goto-char beg) (current-column)))
          (cons 'text (buffer-substring-no-properties beg end))
          (cons 'message (flymake-diagnostic-text diagnostic)))))

(defun hpolint-e2e-goto (text)
  "Puts point just after the first occurrence of TEXT."
  (goto-char (point-min))
  (unless (search-forward text nil t)
    (error "No %s in the buffer" text)))

(defun hpolint-e2e-log-complaints (server)
  "The warnings and errors the server logged (eglot keeps window/logMessage in its events buffer)."
  (with-current-buffer (jsonrpc-events-buffer server)
    (let ((found nil))
      (goto-char (point-min))
      (while (re-search-forward
              "window/logMessage\"?\\s-+:params\\s-+(:type\\s-+\\([12]\\)\\s-+:message\\s-+\"\\([^\"]*\\)\"" nil t)
        (push (match-string 2) found))
      (vconcat (nreverse found)))))

(condition-case failure
    (let ((file (car command-line-args-left)))
      (setq command-line-args-left nil)
      (load (or (getenv "HPOLINT_SNIPPET") (error "HPOLINT_SNIPPET is not set")) nil t)
      (find-file file)
      (hpolint-e2e-put 'major_mode (symbol-name major-mode))
      (hpolint-e2e-pause)
      (hpolint-e2e-wait "eglot to connect" (lambda () (and (eglot-current-server) eglot--managed-mode)))
      (hpolint-e2e-step "started")

      ;; 1. The findings arrive by themselves; the snippet's settings make the ambiguous Off a note.
      (hpolint-e2e-pause)
      (hpolint-e2e-wait "the findings, with the snippet's severity for YAML-AMBIGUOUS-SCALAR"
                        (lambda ()
                          (let ((ambiguous (hpolint-e2e-find "YAML-AMBIGUOUS-SCALAR")))
                            (and (hpolint-e2e-find "HPO-ENUM-CASE")
                                 ambiguous
                                 (eq (flymake-diagnostic-type ambiguous) 'eglot-note)))))
      (hpolint-e2e-put 'diagnostics (vconcat (mapcar #'hpolint-e2e-describe (flymake-diagnostics))))
      (hpolint-e2e-step "diagnostics")

      ;; 2. Completion of an instance type, at the start of the InstanceType value.
      (hpolint-e2e-goto "InstanceType: ")
      (let* ((capf (eglot-completion-at-point))
             (table (nth 2 capf))
             (annotate (plist-get (nthcdr 3 capf) :annotation-function))
             (candidates (all-completions "" table)))
        (hpolint-e2e-put 'completion (vconcat candidates))
        (let ((gpu (cl-find "ml.g4dn.12xlarge" candidates :test #'string=)))
          (hpolint-e2e-put 'completion_annotation (and gpu annotate (funcall annotate gpu)))))
      (hpolint-e2e-step "completion")

      ;; 3. Hover on the Strategy member, through ElDoc as eglot sets it up.
      (hpolint-e2e-goto "  Strat")
      (let ((hover nil))
        (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info ""))))
        (hpolint-e2e-wait "hover" (lambda () hover))
        (hpolint-e2e-put 'hover (substring-no-properties hover)))
      (hpolint-e2e-step "hover")

      ;; 4. The quick fix, picked from eglot's own menu of code actions; the edit goes back to the
      ;; server as a change, and the finding goes away.
      (let* ((finding (hpolint-e2e-find "HPO-ENUM-CASE"))
             (offered nil))
        (cl-letf (((symbol-function 'completing-read)
                   (lambda (_prompt collection &rest _)
                     (setq offered (mapcar #'car collection))
                     "Change to Bayesian")))
          ;; A keyboard event (not a mouse click) makes eglot ask through completing-read.
          (let ((last-nonmenu-event ?\r))
            (eglot-code-actions (flymake-diagnostic-beg finding) (flymake-diagnostic-end finding) nil t)))
        (hpolint-e2e-put 'actions (vconcat offered)))
      (hpolint-e2e-goto "Strategy:")
      (hpolint-e2e-put 'fixed_line (buffer-substring-no-properties (line-beginning-position) (line-end-position)))
      (hpolint-e2e-pause)
      (hpolint-e2e-wait "the finding to go after the fix" (lambda () (not (hpolint-e2e-find "HPO-ENUM-CASE"))))
      (hpolint-e2e-put 'codes_after_fix (vconcat (mapcar #'hpolint-e2e-code (flymake-diagnostics))))
      (hpolint-e2e-step "code action")

      (let ((server (eglot-current-server)))
        (hpolint-e2e-put 'log_complaints (hpolint-e2e-log-complaints server))
        (eglot-shutdown server)
        (hpolint-e2e-wait "the server to stop" (lambda () (not (jsonrpc-running-p server))) 30))
      (hpolint-e2e-step "stopped")
      (hpolint-e2e-put 'ok t))
  (error
   (hpolint-e2e-put 'ok :json-false)
   (hpolint-e2e-put 'failure (error-message-string failure))))

(kill-emacs 0)
