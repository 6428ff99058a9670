/** @type {import('next').NextConfig} */
export default {
  // The SMTP sender's driver runs as installed, not bundled.
  serverExternalPackages: ['nodemailer'],
};
